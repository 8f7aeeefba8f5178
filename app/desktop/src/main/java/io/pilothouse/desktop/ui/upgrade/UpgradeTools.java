package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Dialogs;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.plan.PlanWizard;
import io.pilothouse.desktop.ui.plan.PlanWizardServices;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import javafx.application.Platform;
import javafx.scene.Parent;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "Upgrade…" on a container, a service or a stack: the upgrade wizard, then the plan wizard to run it;
 * "Roll back to previous image…" on a container the journal holds an upgrade of. A service's wizard
 * reads its tasks every second while its tab is open.
 */
public final class UpgradeTools implements HostTools {

    private final Journal journal;
    private final Path locksDir;
    private final Path dockerConfig;
    private final Executor background;
    private final UpgradeRollbacks rollbacks;

    public UpgradeTools(Journal journal, Path locksDir, Path dockerConfig, Executor background) {
        this(journal, locksDir, dockerConfig, background, UpgradeRollbacks.CONNECTED);
    }

    /** @param rollbacks where each connected host's rollback opener is registered (the history window reads it) */
    public UpgradeTools(Journal journal, Path locksDir, Path dockerConfig, Executor background, UpgradeRollbacks rollbacks) {
        this.journal = journal;
        this.locksDir = locksDir;
        this.dockerConfig = dockerConfig;
        this.background = background;
        this.rollbacks = rollbacks;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        PlanWizardServices services = planServices(journal, locksDir, session, background);
        UpgradePort port = new CoreUpgradePort(session, journal, RegistryCredentials.from(dockerConfig.resolve("config.json")),
                draft -> PlanWizard.open(null, host, draft.plan(), null, services));
        RollbackOffer offer = new RollbackOffer(port, () -> ContainerUpgrades.upgradedContainers(journal, host.name()),
                background, Platform::runLater, why -> new Dialogs(() -> null, ConfirmationRule.of(new ProductionGuard()))
                        .error("Roll back to previous image", why));
        offer.refresh();
        rollbacks.connected(host.name(), offer::open);
        TargetTool upgrade = new TargetTool("upgrade", "Upgrade…", "fth-arrow-up-circle",
                Set.of(TargetKind.CONTAINER, TargetKind.SERVICE, TargetKind.STACK), false, targets -> {
                    Target t = targets.get(0);
                    UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, t.name(), t.kind(), background, Platform::runLater);
                    vm.load();
                    Runnable stop = watchTasks(vm);
                    tabs.open(new ToolTab(host, "Upgrade: " + t.name(), open(vm, "Upgrade " + t.name() + " on " + host.name()),
                            stop));
                });
        return List.of(upgrade, rollbackTool(offer));
    }

    /**
     * What the plan wizard runs upgrades and rollbacks with: the runner holding the host across
     * processes (lock files in {@code locksDir}), the guard, the host's change reverter.
     */
    public static PlanWizardServices planServices(Journal journal, Path locksDir, HostSession session, Executor background) {
        return new PlanWizardServices(new PlanRunner(journal, new ProductionGuard()).withHostLocks(locksDir),
                ConfirmationRule.of(new ProductionGuard()), new PlanFiles(PlanFactoryRegistry.standard()),
                new DockerChangeReverter(session.docker()), background, Platform::runLater);
    }

    /** "Roll back to previous image…" on a container the journal holds an upgrade of. */
    public static TargetTool rollbackTool(RollbackOffer offer) {
        return new TargetTool("rollback", "Roll back to previous image…", "fth-rotate-ccw",
                Set.of(TargetKind.CONTAINER), false, targets -> offer.open(targets.get(0).name()),
                targets -> offer.available(targets.get(0).name()));
    }

    /** For a service: its tasks read every second (bounded, off the JavaFX thread) until the returned stop runs. */
    private static Runnable watchTasks(UpgradeWizardViewModel vm) {
        if (!vm.isService()) {
            return () -> { };
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pilothouse-upgrade-tasks");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(vm::refreshTasks, 0, 1, TimeUnit.SECONDS);
        return timer::shutdownNow;
    }

    /** Loads the wizard's view over {@code vm}. */
    public static Parent open(UpgradeWizardViewModel vm, String title) {
        LoadedView<UpgradeWizardView> loaded = ViewLoader.load(UpgradeWizardView.class, "UpgradeWizard.fxml");
        loaded.controller().bind(vm, title);
        return loaded.root();
    }
}
