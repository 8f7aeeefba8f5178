package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.plan.PlanOpener;
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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Offers "Back up…" and "Restore…" on a volume, a container or a stack. The choosing pages open as
 * tabs; the plan they make opens in the plan wizard (preview, guard, run with host locks, cancel).
 */
public final class BackupTools implements HostTools {

    private static final Set<TargetKind> KINDS = Set.of(TargetKind.VOLUME, TargetKind.CONTAINER, TargetKind.STACK);

    private final AppDirectories dirs;
    private final Journal journal;
    private final Executor background;

    public BackupTools(AppDirectories dirs, Journal journal, Executor background) {
        this.dirs = dirs;
        this.journal = journal;
        this.background = background;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        PlanOpener opener = plan -> PlanWizard.open(null, host, plan, null, services(session));
        return List.of(new TargetTool("backup", "Back up…", "fth-archive", KINDS, false, targets -> {
                    Target t = targets.get(0);
                    BackupPort port = new CoreBackupPort(session, VolumeChoices.in(dirs), BackupCatalog.defaultDir(dirs));
                    BackupWizardViewModel vm = new BackupWizardViewModel(port, scope(host, t), background,
                            Platform::runLater, opener);
                    Parent pane = open(vm, "Back up " + what(t) + " on " + host.name());
                    tabs.open(new ToolTab(host, "Backup: " + t.name(), pane, () -> { }));
                    vm.load();
                }),
                new TargetTool("restore", "Restore…", "fth-rotate-ccw", KINDS, false, targets -> {
                    Target t = targets.get(0);
                    RestoreWizardViewModel vm = new RestoreWizardViewModel(new CoreRestorePort(session,
                            new BackupCatalog(BackupCatalog.defaultDir(dirs))), background, Platform::runLater, opener);
                    if (t.kind() == TargetKind.VOLUME) {
                        vm.intoExisting(t.name());
                    }
                    LoadedView<RestoreWizardView> loaded = ViewLoader.load(RestoreWizardView.class, "RestoreWizard.fxml");
                    loaded.controller().bind(vm, "Restore a backup on " + host.name()
                            + (t.kind() == TargetKind.VOLUME ? " into volume " + t.name() : ""));
                    tabs.open(new ToolTab(host, "Restore: " + t.name(), loaded.root(), () -> { }));
                    vm.load();
                }));
    }

    /** The volumes a target puts in the backup wizard's scope. */
    static BackupRequest scope(HostProfile host, Target t) {
        return new BackupRequest(BackupRequest.KIND, host.name(),
                t.kind() == TargetKind.VOLUME ? List.of(t.name()) : List.of(),
                t.kind() == TargetKind.CONTAINER ? t.name() : null,
                t.kind() == TargetKind.STACK ? t.name() : null, false, null, "hot", Map.of(), "zstd",
                null, null, null);
    }

    private static String what(Target t) {
        return switch (t.kind()) {
            case VOLUME -> "volume " + t.name();
            case STACK -> "the volumes of stack " + t.name();
            default -> "the volumes of " + t.name();
        };
    }

    private PlanWizardServices services(HostSession session) {
        return new PlanWizardServices(new PlanRunner(journal, new ProductionGuard()).withHostLocks(dirs.locksDir()),
                ConfirmationRule.of(new ProductionGuard()), null, new DockerChangeReverter(session.docker()),
                background, Platform::runLater);
    }

    /** Loads the backup wizard's choosing page over {@code vm}. */
    public static Parent open(BackupWizardViewModel vm, String title) {
        LoadedView<BackupWizardView> loaded = ViewLoader.load(BackupWizardView.class, "BackupWizard.fxml");
        loaded.controller().bind(vm, title);
        return loaded.root();
    }
}
