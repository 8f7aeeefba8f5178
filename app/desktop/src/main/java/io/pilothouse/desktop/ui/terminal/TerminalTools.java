package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.terminal.AttachSession;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.ExecSession;
import io.pilothouse.core.terminal.HostShellSession;
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
import java.util.stream.Stream;

/** "Shell", "Maintenance shell…" and "Attach" on a connected host's containers, each opening a terminal tab. */
public final class TerminalTools implements HostTools {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Journal journal;
    private final MaintenanceRegistry registry;
    private final Set<MaintenanceSession> maintenance = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean quitting;
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
        List<TargetTool> onHost = session.sshConnection().map(ssh -> List.of(
                new TargetTool("host-shell", "Host shell", "fth-monitor", Set.of(TargetKind.HOST), false,
                        targets -> open(host, tabs, targets.get(0), new HostShellSession(ssh), Optional.empty()))))
                .orElse(List.of());
        return java.util.stream.Stream.concat(onHost.stream(), Stream.of(
                new TargetTool("shell", "Shell", "fth-terminal", containers, false,
                        targets -> open(host, tabs, targets.get(0), new ExecSession(session.docker(),
                                ExecRequest.shell(targets.get(0).id()), TIMEOUT), Optional.empty())),
                new TargetTool("maintenance-shell", "Maintenance shell…", "fth-lock", containers, false,
                        targets -> maintenance(host, session, tabs, targets.get(0))),
                new TargetTool("attach", "Attach (read-only)", "fth-eye", containers, false,
                        targets -> open(host, tabs, targets.get(0), new AttachSession(session.docker(),
                                targets.get(0).id(), true, TIMEOUT), Optional.empty())))).toList();
    }

    /** Opens a tab for {@code session} on the JavaFX thread. */
    public void open(HostProfile host, ToolTabs tabs, Target target, TerminalSession session, Optional<String> banner) {
        TerminalPane pane = new TerminalPane(host, target.name(), session, banner, background);
        String kind = session instanceof ClosingAs || session instanceof MaintenanceSession ? "Maintenance"
                : session instanceof AttachSession ? "Attach" : session instanceof HostShellSession ? "Host shell" : "Shell";
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
                    track(ms);
                    open(host, tabs, target, new ClosingAs(ms, () -> quitting), Optional.of(ms.banner()));
                }).show();
            });
        });
    }

    /**
     * As the app quits: starts releasing the locks of every maintenance session still open (journaled
     * as "the app quit") and returns at once, so the window closes without waiting; the process waits
     * for the releases at most {@link #QUIT_BOUND}, and the holders' lease covers the rest.
     *
     * @return completes with how many sessions were released within the bound
     */
    public java.util.concurrent.CompletableFuture<Integer> closeAll() {
        quitting = true;
        List<Runnable> releases = maintenance.stream()
                .map(ms -> (Runnable) () -> ms.close(MaintenanceEnd.APP_QUIT)).toList();
        return QuitRelease.start(releases, QUIT_BOUND);
    }

    /** Counts a maintenance session as open in this app until it ends (released at quit). */
    void track(MaintenanceSession ms) {
        maintenance.add(ms);
        ms.ended().thenRun(() -> maintenance.remove(ms));
    }

    /** How long the process waits at quit for maintenance locks to be released. */
    static final Duration QUIT_BOUND = Duration.ofSeconds(15);

    /** A maintenance session whose tab close is journaled as such (or as the app quitting, while it quits). */
    private record ClosingAs(MaintenanceSession inner, java.util.function.BooleanSupplier quitting) implements TerminalSession {
        @Override public String title() { return inner.title(); }
        @Override public void start(io.pilothouse.core.terminal.TerminalOutput output) { inner.start(output); }
        @Override public void write(byte[] data) { inner.write(data); }
        @Override public void resize(int columns, int rows) { inner.resize(columns, rows); }
        @Override public boolean readOnly() { return false; }
        @Override public java.util.concurrent.CompletableFuture<Integer> exited() { return inner.exited(); }
        @Override public io.pilothouse.core.terminal.CloseReport close() {
            return inner.close(quitting.getAsBoolean() ? MaintenanceEnd.APP_QUIT : MaintenanceEnd.TAB_CLOSED);
        }
    }
}
