package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.StepRecord;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestoreRequest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The restore wizard: pick a backup, a volume (new, or an existing one whose content is replaced),
 * see the plan and what it overwrites, type the host's name on production, run with progress, cancel.
 */
public final class RestoreWizardViewModel {

    private final RestorePort port;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final ObservableList<CatalogEntry> backups = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogEntry> chosen = new SimpleObjectProperty<>();
    private final StringProperty volume = new SimpleStringProperty("");
    private final BooleanProperty newVolume = new SimpleBooleanProperty(true);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty overwrites = new SimpleStringProperty("");
    private final StringProperty typedName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty throughput = new SimpleStringProperty("");
    private final DoubleProperty overall = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty planned = new SimpleBooleanProperty(false);
    private final BooleanProperty guardNeeded = new SimpleBooleanProperty(false);
    private volatile CancelToken token;
    private RestorePlan plan;

    public RestoreWizardViewModel(RestorePort port, Executor background, Consumer<Runnable> ui) {
        this.port = port;
        this.background = background;
        this.ui = ui;
        guardNeeded.set(new ProductionGuard().requiresConfirmation(port.host()));
        chosen.addListener((o, was, now) -> planned.set(false));
        volume.addListener((o, was, now) -> planned.set(false));
        newVolume.addListener((o, was, now) -> planned.set(false));
    }

    public void load() {
        background.execute(() -> {
            try {
                List<CatalogEntry> list = port.backups();
                ui.accept(() -> {
                    backups.setAll(list);
                    status.set(list.isEmpty() ? "There are no backups in the backup folder." : list.size() + " backups.");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> status.set(e.getMessage()));
            }
        });
    }

    public void makePlan() {
        CatalogEntry e = chosen.get();
        if (e == null || volume.get().isBlank()) {
            status.set("Choose a backup and name the volume to restore into.");
            return;
        }
        RestoreRequest request = new RestoreRequest(RestoreRequest.KIND, port.host().name(), e.archive().toString(),
                volume.get().strip(), newVolume.get(), null);
        background.execute(() -> {
            try {
                RestorePlan p = port.plan(request);
                ui.accept(() -> {
                    plan = p;
                    preview.clear();
                    preview.add(p.plan().title());
                    int i = 1;
                    for (Step s : p.plan().steps()) {
                        preview.add(i++ + ". " + s.description());
                    }
                    overwrites.set(p.overwrites());
                    planned.set(true);
                    status.set(guardNeeded.get() ? port.host().name() + " is a production host: type its name to run."
                            : "Check the plan, then run it.");
                });
            } catch (RuntimeException ex) {
                ui.accept(() -> status.set(ex.getMessage()));
            }
        });
    }

    public boolean canRun() {
        return planned.get() && !running.get()
                && (!guardNeeded.get() || port.host().name().equals(typedName.get().strip()));
    }

    public void run() {
        if (!canRun()) {
            status.set("Make the plan first" + (guardNeeded.get() ? " and type " + port.host().name() : "") + ".");
            return;
        }
        RestorePlan p = plan;
        CancelToken t = new CancelToken();
        token = t;
        running.set(true);
        int steps = p.plan().steps().size();
        String typed = typedName.get();
        background.execute(() -> {
            PlanResult result = port.run(p.plan(), typed, new PlanListener() {
                @Override
                public void stepStarted(int index, Step step) {
                    ui.accept(() -> status.set(step.description()));
                }

                @Override
                public void stepProgress(int index, StepProgress sp) {
                    ui.accept(() -> throughput.set(ProgressText.bytes(sp.done()) + " at " + ProgressText.bytes((long) sp.ratePerSecond())
                            + "/s" + sp.eta().map(d -> ", ETA " + d.toSeconds() + " s").orElse("")));
                }

                @Override
                public void stepFinished(StepRecord rec) {
                    ui.accept(() -> overall.set((rec.index() + 1) / (double) steps));
                }
            }, t);
            ui.accept(() -> {
                running.set(false);
                status.set(result.summary());
            });
        });
    }

    public void cancel() {
        CancelToken t = token;
        if (t != null) {
            t.cancel();
            status.set("Cancelling: containers that were stopped are started again…");
        }
    }

    public ObservableList<CatalogEntry> backups() { return backups; }
    public ObjectProperty<CatalogEntry> chosenProperty() { return chosen; }
    public StringProperty volumeProperty() { return volume; }
    public BooleanProperty newVolumeProperty() { return newVolume; }
    public ObservableList<String> preview() { return preview; }
    public StringProperty overwritesProperty() { return overwrites; }
    public StringProperty typedNameProperty() { return typedName; }
    public StringProperty statusProperty() { return status; }
    public StringProperty throughputProperty() { return throughput; }
    public DoubleProperty overallProperty() { return overall; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty plannedProperty() { return planned; }
    public BooleanProperty guardNeededProperty() { return guardNeeded; }
}
