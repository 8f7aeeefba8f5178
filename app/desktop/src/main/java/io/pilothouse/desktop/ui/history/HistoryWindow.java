package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.ops.PlanRecovery;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/** The window of the backup catalog and the plan runs, opened from the main window's History menu. */
public final class HistoryWindow {

    private final Stage stage;
    private final HistoryView view;

    private HistoryWindow(Stage stage, HistoryView view) {
        this.stage = stage;
        this.view = view;
    }

    /** Builds the window over the app's backup folder and journal; the caller shows it. */
    public static HistoryWindow create(Window owner, AppDirectories dirs, Journal journal, Executor background) {
        return create(owner, dirs, journal, background, RollbackOpener.NONE);
    }

    /** @param rollbacks opens the rollback of a container an upgrade run changed (on a connected host) */
    public static HistoryWindow create(Window owner, AppDirectories dirs, Journal journal, Executor background,
                                       RollbackOpener rollbacks) {
        BackupCatalogViewModel catalog = new BackupCatalogViewModel(new BackupCatalog(BackupCatalog.defaultDir(dirs)),
                background, Platform::runLater, Clock.systemDefaultZone());
        PlanRunsViewModel runs = new PlanRunsViewModel(new PlanHistory(journal), () -> unfinished(journal, dirs),
                background, Platform::runLater, rollbacks);
        return create(owner, catalog, runs);
    }

    public static HistoryWindow create(Window owner, BackupCatalogViewModel catalog, PlanRunsViewModel runs) {
        LoadedView<HistoryView> loaded = ViewLoader.load(HistoryView.class, "History.fxml");
        loaded.controller().bind(catalog, runs);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Backups and plan runs");
        Scene scene = new Scene(loaded.root());
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        catalog.load();
        runs.load();
        return new HistoryWindow(stage, loaded.controller());
    }

    private static Set<String> unfinished(Journal journal, AppDirectories dirs) {
        return new PlanRecovery(journal, dirs.locksDir()).unfinished().stream().map(p -> p.planId())
                .collect(Collectors.toSet());
    }

    public Stage stage() {
        return stage;
    }

    public HistoryView view() {
        return view;
    }
}
