package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A shell (or one command) in a container while maintenance locks are held there. The locks go
 * when the shell exits or the session is closed; if the app dies or the link drops, the holder's
 * lease lets them go and ends the shell. Start and end are journaled: who, what, when, how long,
 * how it ended.
 */
public final class MaintenanceSession implements TerminalSession {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceSession.class);

    private final MaintenanceLock lock;
    private final ExecSession shell;
    private final HostProfile host;
    private final Journal journal;
    private final MaintenanceRegistry registry;
    private final CompletableFuture<MaintenanceEnd> ended = new CompletableFuture<>();
    private volatile MaintenanceEnd end;
    private volatile CloseReport report;

    public MaintenanceSession(DockerClient docker, HostProfile host, MaintenanceLock lock, ExecRequest shellRequest,
                              Journal journal, MaintenanceRegistry registry, Duration timeout) {
        this.lock = lock;
        this.host = host;
        this.journal = journal;
        this.registry = registry;
        this.shell = new ExecSession(docker, shellRequest, lock.sessionId(), java.util.List.of(), timeout);
    }

    /** The environment entry (NAME=VALUE) a maintenance shell of session {@code sessionId} carries. */
    public static String shellMarker(String sessionId) {
        return ExecSession.MARKER_VARIABLE + "=" + sessionId;
    }

    public MaintenanceLock lock() {
        return lock;
    }

    @Override
    public String title() {
        return "maintenance " + shell.title();
    }

    /** The lines shown above the shell: which locks are held, and how they go. */
    public String banner() {
        LockRequest r = lock.request();
        return "Maintenance: holding " + String.join(", ", r.paths()) + " in " + r.container() + " as " + r.who()
                + " (lease " + r.lease().toSeconds() + " s). The supervisor leaves these modules alone; "
                + "exit the shell to release the locks.";
    }

    @Override
    public void start(TerminalOutput output) {
        LockRequest r = lock.request();
        registry.add(new ActiveMaintenance(lock.sessionId(), host.id(), r.container(), r.who(), lock.since(), r.paths()));
        journal("maintenance.started", "Locked " + String.join(", ", r.paths()) + " in " + r.container(), Map.of());
        if (shell.request().tty()) {
            byte[] b = ("\u001b[30;43m " + banner() + " \u001b[0m\r\n").getBytes(StandardCharsets.UTF_8);
            output.bytes(b, 0, b.length);
        }
        lock.released().thenAcceptAsync(how -> finish(MaintenanceEnd.LEASE_LAPSED));
        shell.exited().thenAcceptAsync(code -> finish(shell.request().command().isEmpty()
                ? MaintenanceEnd.SHELL_EXITED : MaintenanceEnd.COMMAND_ENDED));
        try {
            shell.start(output);
        } catch (RuntimeException e) {
            finish(MaintenanceEnd.FAILED);
            throw e;
        }
    }

    @Override
    public void write(byte[] data) {
        shell.write(data);
    }

    @Override
    public void resize(int columns, int rows) {
        shell.resize(columns, rows);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return shell.exited();
    }

    /** Completes with how the session ended, once the locks are released. */
    public CompletableFuture<MaintenanceEnd> ended() {
        return ended;
    }

    @Override
    public CloseReport close() {
        return close(MaintenanceEnd.TAB_CLOSED);
    }

    public CloseReport close(MaintenanceEnd how) {
        return finish(how);
    }

    private synchronized CloseReport finish(MaintenanceEnd how) {
        if (report != null) {
            return report;
        }
        end = how;
        CloseReport shellReport = shell.close();
        CloseReport lockReport = lock.close();
        registry.remove(lock.sessionId());
        Instant since = lock.since();
        long seconds = since == null ? 0 : Duration.between(since, Instant.now()).toSeconds();
        String sentence = lockReport.sentence() + " " + shellReport.sentence();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("ended", how.name());
        details.put("seconds", Long.toString(seconds));
        details.put("released", Boolean.toString(lockReport.ended()));
        journal("maintenance.ended", "Maintenance of " + lock.request().container() + " ended: " + how.sentence()
                + " after " + seconds + " s. " + sentence, details);
        report = new CloseReport(lockReport.ended() && shellReport.ended(), sentence);
        ended.complete(how);
        return report;
    }

    /** How it ended, null while it runs. */
    public MaintenanceEnd endedHow() {
        return end;
    }

    private void journal(String event, String summary, Map<String, String> extra) {
        LockRequest r = lock.request();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("session", lock.sessionId());
        details.put("container", r.container());
        details.put("paths", String.join(",", r.paths()));
        details.put("who", r.who());
        details.put("lease", Long.toString(r.lease().toSeconds()));
        details.putAll(extra);
        try {
            journal.append(JournalEntry.now(host, event, summary, details));
        } catch (RuntimeException e) {
            LOG.warn("Could not journal {}: {}", event, e.getMessage());
        }
    }
}
