package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestoreRequest;
import io.pilothouse.desktop.ui.plan.PlanOpener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The restore wizard's choosing page: a backup and a volume (a new one, or an existing one whose
 * content is replaced). "Preview the plan" builds the restore plan off the JavaFX thread, shows what
 * it overwrites and hands the plan to the plan wizard, which previews, guards, runs and cancels it.
 */
public final class RestoreWizardViewModel {

    private final RestorePort port;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final PlanOpener opener;
    private final ObservableList<CatalogEntry> backups = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogEntry> chosen = new SimpleObjectProperty<>();
    private final StringProperty volume = new SimpleStringProperty("");
    private final BooleanProperty newVolume = new SimpleBooleanProperty(true);
    private final StringProperty overwrites = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public RestoreWizardViewModel(RestorePort port, Executor background, Consumer<Runnable> ui, PlanOpener opener) {
        this.port = port;
        this.background = background;
        this.ui = ui;
        this.opener = opener;
        chosen.addListener((o, was, now) -> overwrites.set(""));
        volume.addListener((o, was, now) -> overwrites.set(""));
        newVolume.addListener((o, was, now) -> overwrites.set(""));
    }

    /** Restores into {@code name}, an existing volume (the wizard opened on a volume). */
    public void intoExisting(String name) {
        volume.set(name);
        newVolume.set(false);
    }

    public void load() {
        busy.set(true);
        background.execute(() -> {
            try {
                List<CatalogEntry> list = port.backups();
                ui.accept(() -> {
                    backups.setAll(list);
                    busy.set(false);
                    status.set(list.isEmpty() ? "There are no backups in the backup folder." : list.size() + " backups.");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
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
        busy.set(true);
        status.set("Making the plan…");
        background.execute(() -> {
            try {
                RestorePlan p = port.plan(request);
                ui.accept(() -> {
                    busy.set(false);
                    overwrites.set(p.overwrites());
                    status.set("The plan \"" + p.plan().title() + "\" is open in its own window: check it and run it there.");
                    opener.open(p.plan());
                });
            } catch (RuntimeException ex) {
                ui.accept(() -> {
                    busy.set(false);
                    status.set(ex.getMessage());
                });
            }
        });
    }

    public ObservableList<CatalogEntry> backups() { return backups; }
    public ObjectProperty<CatalogEntry> chosenProperty() { return chosen; }
    public StringProperty volumeProperty() { return volume; }
    public BooleanProperty newVolumeProperty() { return newVolume; }
    public StringProperty overwritesProperty() { return overwrites; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
}
