package io.pilothouse.desktop;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.ConnectionJournal;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.core.profiles.LocalEngineDetector;
import io.pilothouse.core.profiles.ProfileStore;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.desktop.ui.backup.BackupTools;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.history.HistoryWindow;
import io.pilothouse.desktop.ui.hosts.MainWindow;
import io.pilothouse.desktop.ui.hosts.MainWindowView;
import io.pilothouse.desktop.ui.hosts.MainWindowViewModel;
import io.pilothouse.desktop.ui.infra.FxCredentialPrompt;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.logs.LogTools;
import io.pilothouse.desktop.ui.plan.RestartPlanTools;
import io.pilothouse.desktop.ui.scale.ScaleTools;
import io.pilothouse.desktop.ui.terminal.TerminalTools;
import io.pilothouse.desktop.ui.topology.TopologyWarmUp;
import io.pilothouse.desktop.ui.upgrade.UpgradeRollbacks;
import io.pilothouse.desktop.ui.upgrade.UpgradeTools;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import io.pilothouse.desktop.wiring.CatalogHostProfiles;
import io.pilothouse.desktop.wiring.CoreHostConnector;
import io.pilothouse.desktop.wiring.CoreHostWorkspaces;
import io.pilothouse.desktop.wiring.StartupRecovery;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Pilothouse on the desktop: the core's catalog and connections behind the main window. */
public final class PilothouseApp extends Application {

    private ExecutorService background;
    private MainWindowViewModel vm;
    private CoreHostWorkspaces workspaces;
    private final AtomicReference<MainWindowView> window = new AtomicReference<>();

    @Override
    public void start(Stage stage) {
        Theme.apply(false);
        AtomicInteger threads = new AtomicInteger();
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pilothouse-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AppDirectories dirs = AppDirectories.fromEnvironment();
        Journal journal = new Journal(dirs.journalFile());
        HostCatalog catalog = new HostCatalog(new ProfileStore(dirs.profilesFile()), journal);
        ConnectOptions options = ConnectOptions.defaults(new FxCredentialPrompt(() -> stage));
        CoreHostConnector connector = new CoreHostConnector(new ConnectionFactory(dirs), options,
                new ConnectionJournal(journal));
        vm = new MainWindowViewModel(
                new CatalogHostProfiles(catalog, new LocalEngineDetector(), System.getenv(), dockerConfigDir(dirs)),
                connector, background, Platform::runLater, Clock.systemDefaultZone());
        // the saved hosts are read in the background while the window is built; they connect once it is drawn
        vm.holdConnections();
        vm.start();
        ConfirmationRule rule = ConfirmationRule.of(new ProductionGuard());
        ToolTabs toolTabs = new ToolTabs() {
            @Override public void open(ToolTab tab) { window.get().toolTabs().open(tab); }
            @Override public void closeAll() { window.get().toolTabs().closeAll(); }
        };
        workspaces = new CoreHostWorkspaces(connector, VolumeChoices.in(dirs), journal, rule, background,
                Platform::runLater, hostId -> window.get().showDetails(), hostTools(dirs, journal, background), toolTabs);
        workspaces.checkUpdatesWith(dockerConfigDir(dirs));
        LoadedView<MainWindowView> loaded = MainWindow.load(stage, vm, rule, workspaces);
        window.set(loaded.controller());
        loaded.controller().setHistory(runsFirst -> {
            var history = HistoryWindow.create(stage, dirs, journal, background, UpgradeRollbacks.CONNECTED);
            if (runsFirst) {
                history.view().showRuns();
            }
            history.stage().show();
        });
        Scene scene = loaded.root().getScene();
        stage.show();
        StartupMarker.requested().ifPresent(marker -> marker.watch(vm.hosts()));
        // what the first window does not need waits until it shows the saved hosts: their connections first
        AfterFirstUse.schedule(vm.hosts(), Duration.seconds(3), () -> {
            vm.releaseConnections();
            // the first connect's code (JSON reading, the snapshot, ELK) loaded before the user's first connect
            background.execute(TopologyWarmUp::run);
            new StartupRecovery(dirs, journal, catalog, options, background).offer(stage);
        });
        SceneSnapshot.requested().ifPresent(snapshot -> snapshot.schedule(scene));
    }

    /** The tools each connected host offers on its containers, services and stacks (logs, terminals). */
    private static List<HostTools> hostTools(AppDirectories dirs, Journal journal, ExecutorService background) {
        TERMINALS.compareAndSet(null, new TerminalTools(journal, MAINTENANCE));
        return List.of(new LogTools(), TERMINALS.get(),
                new RestartPlanTools(journal, dirs.locksDir(), background, Platform::runLater),
                new BackupTools(dirs, journal, background),
                new UpgradeTools(journal, dirs.locksDir(), dockerConfigDir(dirs), background),
                new ScaleTools(journal, dirs.locksDir(), background, Platform::runLater));
    }

    private static final AtomicReference<TerminalTools> TERMINALS = new AtomicReference<>();

    /** The maintenance sessions open in this app, read by the views that mark containers under maintenance. */
    public static final MaintenanceRegistry MAINTENANCE = new MaintenanceRegistry();

    /** $DOCKER_CONFIG when set, as the docker CLI reads it, else ~/.docker. */
    private static Path dockerConfigDir(AppDirectories dirs) {
        String configured = System.getenv("DOCKER_CONFIG");
        return configured != null && !configured.isBlank() ? Path.of(configured) : dirs.dockerConfigDir();
    }

    @Override
    public void stop() throws InterruptedException {
        if (TERMINALS.get() != null) {
            // returns at once: the window closes while the locks are released in the background (bounded)
            TERMINALS.get().closeAll();
        }
        if (window.get() != null) {
            window.get().toolTabs().closeAll();
        }
        if (workspaces != null) {
            workspaces.closeAll();
        }
        if (vm != null) {
            vm.shutdown();
        }
        if (background != null) {
            background.shutdown();
            if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        }
    }
}
