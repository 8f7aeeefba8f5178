package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.restart.RestartContainersRequest;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import javafx.scene.control.Alert;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * "Restart as a plan…" on containers: builds the restart-containers plan off the JavaFX thread
 * and opens it in the plan wizard (preview, guard, progress, undo, "Save plan…").
 */
public final class RestartPlanTools implements HostTools {

    private final Journal journal;
    private final Path locksDir;
    private final Executor background;
    private final Executor uiThread;

    public RestartPlanTools(Journal journal, Path locksDir, Executor background, Executor uiThread) {
        this.journal = journal;
        this.locksDir = locksDir;
        this.background = background;
        this.uiThread = uiThread;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        return List.of(new TargetTool("restart-plan", "Restart as a plan…", "fth-refresh-cw", Set.of(TargetKind.CONTAINER), true,
                targets -> open(host, session, targets)));
    }

    private void open(HostProfile host, HostSession session, List<Target> targets) {
        RestartContainersRequest request = RestartContainersRequest.of(host.name(), targets.stream().map(Target::name).toList());
        PlanFactoryRegistry registry = PlanFactoryRegistry.standard();
        background.execute(() -> {
            Plan plan;
            try {
                plan = registry.build(request, session);
            } catch (Exception e) {
                uiThread.execute(() -> new Alert(Alert.AlertType.ERROR, e.getMessage()).show());
                return;
            }
            PlanWizardServices services = new PlanWizardServices(
                    new PlanRunner(journal, new ProductionGuard()).withHostLocks(locksDir),
                    ConfirmationRule.of(new ProductionGuard()), new PlanFiles(registry),
                    new DockerChangeReverter(session.docker()), background, uiThread);
            uiThread.execute(() -> PlanWizard.open(null, host, plan, request, services));
        });
    }
}
