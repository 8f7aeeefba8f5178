package io.pilothouse.desktop.ui.scale;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
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
import javafx.scene.Parent;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/** "Scale…" on a service or a container: the scale wizard opens as a tab, its plan in the plan wizard. */
public final class ScaleTools implements HostTools {

    private final Journal journal;
    private final Path locksDir;
    private final Executor background;
    private final Executor uiThread;

    public ScaleTools(Journal journal, Path locksDir, Executor background, Executor uiThread) {
        this.journal = journal;
        this.locksDir = locksDir;
        this.background = background;
        this.uiThread = uiThread;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        return List.of(new TargetTool("scale", "Scale…", "fth-layers", Set.of(TargetKind.SERVICE, TargetKind.CONTAINER), false,
                targets -> {
                    Target t = targets.get(0);
                    PlanWizardServices services = new PlanWizardServices(
                            new PlanRunner(journal, new ProductionGuard()).withHostLocks(locksDir),
                            ConfirmationRule.of(new ProductionGuard()), new PlanFiles(PlanFactoryRegistry.standard()),
                            new DockerChangeReverter(session.docker()), background, uiThread);
                    ScaleWizardViewModel vm = new ScaleWizardViewModel(new CoreScalePort(session), t, background, uiThread,
                            (plan, request) -> PlanWizard.open(null, host, plan, request, services));
                    tabs.open(new ToolTab(host, "Scale: " + t.name(), open(vm), vm::cancel));
                    vm.load();
                }));
    }

    /** Loads the wizard's view over {@code vm}. */
    public static Parent open(ScaleWizardViewModel vm) {
        LoadedView<ScaleWizardView> loaded = ViewLoader.load(ScaleWizardView.class, "ScaleWizard.fxml");
        loaded.controller().bind(vm);
        return loaded.root();
    }
}
