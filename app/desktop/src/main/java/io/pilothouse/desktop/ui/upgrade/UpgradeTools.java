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
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
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

/** "Upgrade…" on a container, a service or a stack: the upgrade wizard, then the plan wizard to run it. */
public final class UpgradeTools implements HostTools {

    private final Journal journal;
    private final Path locksDir;
    private final Path dockerConfig;
    private final Executor background;

    public UpgradeTools(Journal journal, Path locksDir, Path dockerConfig, Executor background) {
        this.journal = journal;
        this.locksDir = locksDir;
        this.dockerConfig = dockerConfig;
        this.background = background;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        return List.of(new TargetTool("upgrade", "Upgrade…", "fth-arrow-up-circle",
                Set.of(TargetKind.CONTAINER, TargetKind.SERVICE, TargetKind.STACK), false, targets -> {
                    Target t = targets.get(0);
                    PlanWizardServices services = new PlanWizardServices(
                            new PlanRunner(journal, new ProductionGuard()).withHostLocks(locksDir),
                            ConfirmationRule.of(new ProductionGuard()), new PlanFiles(PlanFactoryRegistry.standard()),
                            new DockerChangeReverter(session.docker()), background, Platform::runLater);
                    UpgradePort port = new CoreUpgradePort(session, journal, RegistryCredentials.from(dockerConfig.resolve("config.json")),
                            draft -> PlanWizard.open(null, host, draft.plan(), null, services));
                    UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, t.name(), t.kind(), background, Platform::runLater);
                    tabs.open(new ToolTab(host, "Upgrade: " + t.name(), open(vm, "Upgrade " + t.name() + " on " + host.name()), () -> { }));
                }));
    }

    /** Loads the wizard's view over {@code vm}. */
    public static Parent open(UpgradeWizardViewModel vm, String title) {
        LoadedView<UpgradeWizardView> loaded = ViewLoader.load(UpgradeWizardView.class, "UpgradeWizard.fxml");
        loaded.controller().bind(vm, title);
        return loaded.root();
    }
}
