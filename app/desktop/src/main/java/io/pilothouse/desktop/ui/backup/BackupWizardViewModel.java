package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;
import io.pilothouse.desktop.ui.plan.PlanOpener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
 * The backup wizard's choosing page: the volumes in scope with their class (stateful ones chosen,
 * regenerable ones shown but not) and a consistency per volume. "Preview the plan" builds the
 * backup plan off the JavaFX thread and hands it to the plan wizard, which previews, guards, runs
 * and cancels it.
 */
public final class BackupWizardViewModel {

    private final BackupPort port;
    private final BackupRequest scope;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final PlanOpener opener;
    private final ObservableList<VolumeRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public BackupWizardViewModel(BackupPort port, BackupRequest scope, Executor background, Consumer<Runnable> ui,
                                 PlanOpener opener) {
        this.port = port;
        this.scope = scope;
        this.background = background;
        this.ui = ui;
        this.opener = opener;
    }

    /** Reads the volumes in scope (off the UI thread). */
    public void load() {
        status.set("Reading the volumes of " + port.host().name() + "…");
        busy.set(true);
        background.execute(() -> {
            try {
                List<SurveyedVolume> volumes = port.volumes(scope);
                ui.accept(() -> {
                    rows.setAll(volumes.stream().map(VolumeRow::new).toList());
                    busy.set(false);
                    status.set(volumes.isEmpty() ? "There are no volumes in scope."
                            : volumes.size() + " volumes; regenerable and skipped ones are shown but not chosen.");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
            }
        });
    }

    /** The request the chosen volumes make, or null when none is chosen. */
    BackupRequest request() {
        List<VolumeRow> chosen = rows.stream().filter(r -> r.selectedProperty().get()).toList();
        if (chosen.isEmpty()) {
            return null;
        }
        Map<String, String> modes = new HashMap<>();
        chosen.forEach(r -> modes.put(r.name(), r.consistencyProperty().get().word()));
        return new BackupRequest(BackupRequest.KIND, port.host().name(),
                chosen.stream().map(VolumeRow::name).toList(), null, null, false, scope.targetDir(), "hot", modes,
                scope.compression(), null, null, null);
    }

    /** Builds the plan from the chosen volumes and opens it in the plan wizard. */
    public void makePlan() {
        BackupRequest request = request();
        if (request == null) {
            status.set("Choose at least one volume.");
            return;
        }
        busy.set(true);
        status.set("Making the plan…");
        background.execute(() -> {
            try {
                BackupPlan p = port.plan(request);
                ui.accept(() -> {
                    busy.set(false);
                    status.set("The plan \"" + p.plan().title() + "\" is open in its own window: check it and run it there.");
                    opener.open(p.plan());
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
            }
        });
    }

    public ObservableList<VolumeRow> rows() { return rows; }

    public StringProperty statusProperty() { return status; }

    /** True while the volumes are read or the plan is made. */
    public BooleanProperty busyProperty() { return busy; }
}
