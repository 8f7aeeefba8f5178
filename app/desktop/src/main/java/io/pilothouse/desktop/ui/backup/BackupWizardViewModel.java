package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.StepRecord;
import io.pilothouse.core.workflows.backup.ArchiveVolume;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The backup wizard: the volumes in scope with their class (stateful ones chosen, regenerable ones
 * shown but not), a consistency per volume, the plan as the preview, the guard on production, then
 * the run with progress per volume and overall, and cancel.
 */
public final class BackupWizardViewModel {

    private final BackupPort port;
    private final BackupRequest scope;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final ObservableList<VolumeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty throughput = new SimpleStringProperty("");
    private final StringProperty typedName = new SimpleStringProperty("");
    private final DoubleProperty overall = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty planned = new SimpleBooleanProperty(false);
    private final BooleanProperty guardNeeded = new SimpleBooleanProperty(false);
    private volatile CancelToken token;
    private BackupPlan plan;

    public BackupWizardViewModel(BackupPort port, BackupRequest scope, Executor background, Consumer<Runnable> ui) {
        this.port = port;
        this.scope = scope;
        this.background = background;
        this.ui = ui;
        guardNeeded.set(new ProductionGuard().requiresConfirmation(port.host()));
    }

    /** Reads the volumes in scope (off the UI thread). */
    public void load() {
        status.set("Reading the volumes of " + port.host().name() + "…");
        background.execute(() -> {
            try {
                List<SurveyedVolume> volumes = port.volumes(scope);
                ui.accept(() -> {
                    rows.setAll(volumes.stream().map(VolumeRow::new).toList());
                    status.set(volumes.size() + " volumes; regenerable and skipped ones are shown but not chosen.");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> status.set(e.getMessage()));
            }
        });
    }

    /** Builds the plan from the chosen volumes and shows it. */
    public void makePlan() {
        List<VolumeRow> chosen = rows.stream().filter(r -> r.selectedProperty().get()).toList();
        if (chosen.isEmpty()) {
            status.set("Choose at least one volume.");
            return;
        }
        Map<String, String> modes = new HashMap<>();
        chosen.forEach(r -> modes.put(r.name(), r.consistencyProperty().get().word()));
        BackupRequest request = new BackupRequest(BackupRequest.KIND, port.host().name(),
                chosen.stream().map(VolumeRow::name).toList(), null, null, false, scope.targetDir(), "hot", modes,
                scope.compression(), null, null, null);
        background.execute(() -> {
            try {
                BackupPlan p = port.plan(request);
                ui.accept(() -> {
                    plan = p;
                    preview.clear();
                    preview.add(p.plan().title());
                    int i = 1;
                    for (Step s : p.plan().steps()) {
                        preview.add(i++ + ". " + s.description());
                    }
                    planned.set(true);
                    status.set(guardNeeded.get() ? port.host().name() + " is a production host: type its name to run."
                            : "Check the plan, then run it.");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> status.set(e.getMessage()));
            }
        });
    }

    public boolean canRun() {
        return planned.get() && !running.get()
                && (!guardNeeded.get() || port.host().name().equals(typedName.get().strip()));
    }

    public void run() {
        if (!canRun()) {
            status.set(guardNeeded.get() && planned.get() ? "Type " + port.host().name() + " to run the plan." : "Make the plan first.");
            return;
        }
        BackupPlan p = plan;
        CancelToken t = new CancelToken();
        token = t;
        running.set(true);
        overall.set(0);
        int steps = p.plan().steps().size();
        Map<Integer, VolumeRow> byStep = new HashMap<>();
        for (int i = 0; i < steps; i++) {
            if (p.plan().steps().get(i) instanceof ArchiveVolume a) {
                rows.stream().filter(r -> r.name().equals(a.volumeName())).findFirst().ifPresent(r -> byStep.put(indexOf(p, a), r));
            }
        }
        String typed = typedName.get();
        background.execute(() -> {
            PlanResult result = port.run(p.plan(), typed, new PlanListener() {
                @Override
                public void stepStarted(int index, Step step) {
                    ui.accept(() -> {
                        status.set(step.description());
                        VolumeRow r = byStep.get(index);
                        if (r != null) {
                            r.statusProperty().set("copying");
                        }
                    });
                }

                @Override
                public void stepProgress(int index, StepProgress sp) {
                    ui.accept(() -> {
                        String eta = sp.eta().map(d -> ", ETA " + d.toSeconds() + " s").orElse("");
                        throughput.set(ProgressText.bytes(sp.done()) + " at " + ProgressText.bytes((long) sp.ratePerSecond()) + "/s" + eta);
                        VolumeRow r = byStep.get(index);
                        if (r != null) {
                            r.statusProperty().set(ProgressText.bytes(sp.done()));
                            r.progressProperty().set(sp.total() > 0 ? (double) sp.done() / sp.total() : -1);
                        }
                    });
                }

                @Override
                public void stepFinished(StepRecord rec) {
                    ui.accept(() -> {
                        overall.set((rec.index() + 1) / (double) steps);
                        VolumeRow r = byStep.get(rec.index());
                        if (r != null) {
                            r.statusProperty().set(rec.outcome().name().toLowerCase(java.util.Locale.ROOT));
                            r.progressProperty().set(1);
                        }
                    });
                }
            }, t);
            ui.accept(() -> {
                running.set(false);
                status.set(result.summary());
            });
        });
    }

    private static int indexOf(BackupPlan p, Step s) {
        return p.plan().steps().indexOf(s);
    }

    public void cancel() {
        CancelToken t = token;
        if (t != null) {
            t.cancel();
            status.set("Cancelling: containers that were stopped are started again…");
        }
    }

    public ObservableList<VolumeRow> rows() { return rows; }

    public ObservableList<String> preview() { return preview; }

    public StringProperty statusProperty() { return status; }

    public StringProperty throughputProperty() { return throughput; }

    public StringProperty typedNameProperty() { return typedName; }

    public DoubleProperty overallProperty() { return overall; }

    public BooleanProperty runningProperty() { return running; }

    public BooleanProperty plannedProperty() { return planned; }

    public BooleanProperty guardNeededProperty() { return guardNeeded; }
}
