package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
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

/** Offers "Back up volumes…" and "Restore a backup…" on a container or a stack: the wizards open as tabs. */
public final class BackupTools implements HostTools {

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
        return List.of(new TargetTool("backup", "Back up volumes…", "fth-archive",
                Set.of(TargetKind.CONTAINER, TargetKind.STACK), false, targets -> {
                    Target t = targets.get(0);
                    BackupRequest scope = new BackupRequest(BackupRequest.KIND, host.name(), List.of(),
                            t.kind() == TargetKind.CONTAINER ? t.name() : null,
                            t.kind() == TargetKind.STACK ? t.name() : null, false, null, "hot", Map.of(), "zstd",
                            null, null, null);
                    BackupPort port = new CoreBackupPort(session, VolumeChoices.in(dirs),
                            BackupCatalog.defaultDir(dirs), journal);
                    BackupWizardViewModel vm = new BackupWizardViewModel(port, scope, background, Platform::runLater);
                    Parent pane = open(vm, "Back up the volumes of " + t.name() + " on " + host.name());
                    tabs.open(new ToolTab(host, "Backup: " + t.name(), pane, vm::cancel));
                    vm.load();
                }),
                new TargetTool("restore", "Restore a backup…", "fth-rotate-ccw",
                        Set.of(TargetKind.CONTAINER, TargetKind.STACK), false, targets -> {
                    RestoreWizardViewModel vm = new RestoreWizardViewModel(new CoreRestorePort(session,
                            new BackupCatalog(BackupCatalog.defaultDir(dirs)), journal), background, Platform::runLater);
                    LoadedView<RestoreWizardView> loaded = ViewLoader.load(RestoreWizardView.class, "RestoreWizard.fxml");
                    loaded.controller().bind(vm, "Restore a backup on " + host.name());
                    tabs.open(new ToolTab(host, "Restore", loaded.root(), vm::cancel));
                    vm.load();
                }));
    }

    /** Loads the wizard's view over {@code vm}. */
    public static Parent open(BackupWizardViewModel vm, String title) {
        LoadedView<BackupWizardView> loaded = ViewLoader.load(BackupWizardView.class, "BackupWizard.fxml");
        loaded.controller().bind(vm, title);
        return loaded.root();
    }
}
