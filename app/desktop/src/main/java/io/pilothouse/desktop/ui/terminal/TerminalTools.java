package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.terminal.AttachSession;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.ExecSession;
import io.pilothouse.core.terminal.LockRequest;
import io.pilothouse.core.terminal.MaintenanceEnd;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.MaintenanceSession;
import io.pilothouse.core.terminal.TerminalSession;
import io.pilothouse.desktop.ui.maintenance.MaintenanceWizard;
import io.pilothouse.desktop.ui.maintenance.MaintenanceWizardViewModel;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import javafx.application.Platform;
import javafx.stage.Window;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** "Shell", "Maintenance shell…" and "Attach" on a connected host's containers, each opening a terminal tab. */
public final class TerminalTools implements HostTools {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Journal journal;
    private final MaintenanceRegistry registry;
    private final Set<MaintenanceSession> maintenance = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "terminal");
        t.setDaemon(true);
        return t;
    });

    public TerminalTools(Journal journal, MaintenanceRegistry registry) {
        this.journal = journal;
        this.registry = registry;
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        Set<TargetKind> containers = Set.of(TargetKind.CONTAINER);
        return List.of(
                new TargetTool("shell", "Shell", "fth-terminal", containers, false,
                        targets -> open(host, tabs, targets.get(0), new ExecSession(session.docker(),
                                ExecRequest.shell(targets.get(0).id()), TIMEOUT), Optional.empty())),
                new TargetTool("maintenance-shell", "Maintenance shell…", "fth-lock", containers, false,
                        targets -> maintenance(host, session, tabs, targets.get(0))),
                new TargetTool("attach", "Attach (read-only)", "fth-eye", containers, false,
                        targets -> open(host, tabs, targets.get(0), new AttachSession(session.docker(),
                                targets.get(0).id(), true, TIMEOUT), Optional.empty())));
    }

    /** Opens a tab for {@code session} on the JavaFX thread. */
    public void open(HostProfile host, ToolTabs tabs, Target target, TerminalSession session, Optional<String> banner) {
        TerminalPane pane = new TerminalPane(host, target.name(), session, banner, background);
        String kind = session instanceof MaintenanceSession ? "Maintenance" : session instanceof AttachSession ? "Attach" : "Shell";
        tabs.open(new ToolTab(host, kind + ": " + target.name(), pane.root(), pane::dispose));
        pane.start();
    }

    private void maintenance(HostProfile host, HostSession session, ToolTabs tabs, Target target) {
        background.execute(() -> {
            String label;
            try {
                Map<String, String> labels = session.docker().inspectContainerCmd(target.id()).exec().getConfig().getLabels();
                label = labels == null ? "" : labels.getOrDefault(LockRequest.LABEL, "");
            } catch (RuntimeException e) {
                label = "";
            }
            String proposed = label;
            Platform.runLater(() -> {
                MaintenanceWizardViewModel vm = new MaintenanceWizardViewModel(host, session, target.name(), proposed,
                        journal, registry, background, Platform::runLater);
                Window owner = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
                new MaintenanceWizard(owner, vm, ms -> {
                    maintenance.add(ms);
                    ms.ended().thenRun(() -> maintenance.remove(ms));
                    open(host, tabs, target, new ClosingAs(ms), Optional.of(ms.banner()));
                }).show();
            });
        });
    }

    /**
     * As the app quits: releases the locks of every maintenance session still open (journaled as
     * "the app quit"), waiting for them at most 15 s; the holders' lease covers the rest.
     */
    public void closeAll() {
        List<java.util.concurrent.CompletableFuture<Void>> closing = maintenance.stream()
                .map(ms -> java.util.concurrent.CompletableFuture.runAsync(() -> ms.close(MaintenanceEnd.APP_QUIT)))
                .toList();
        try {
            java.util.concurrent.CompletableFuture.allOf(closing.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // the lease lets go of what is left
        }
        background.shutdown();
    }

    /** A maintenance session whose tab close is journaled as such. */
    private record ClosingAs(MaintenanceSession inner) implements TerminalSession {
        @Override public String title() { return inner.title(); }
        @Override public void start(io.pilothouse.core.terminal.TerminalOutput output) { inner.start(output); }
        @Override public void write(byte[] data) { inner.write(data); }
        @Override public void resize(int columns, int rows) { inner.resize(columns, rows); }
        @Override public boolean readOnly() { return false; }
        @Override public java.util.concurrent.CompletableFuture<Integer> exited() { return inner.exited(); }
        @Override public io.pilothouse.core.terminal.CloseReport close() { return inner.close(MaintenanceEnd.TAB_CLOSED); }
    }
}
