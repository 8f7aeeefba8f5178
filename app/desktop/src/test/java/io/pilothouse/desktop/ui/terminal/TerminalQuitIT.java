package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.LockRequest;
import io.pilothouse.core.terminal.MaintenanceLock;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.MaintenanceSession;
import io.pilothouse.core.terminal.SupervisedContainer;
import io.pilothouse.core.terminal.TerminalFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Quitting with maintenance sessions open: the caller is not held, the locks are released behind it, journaled as the app quitting. */
class TerminalQuitIT {

    @TempDir
    Path home;

    private SupervisedContainer box;
    private HostSession session;

    @BeforeEach
    void start() {
        box = SupervisedContainer.start(TerminalFixtures.ENV, "mnt-quit");
        session = TerminalFixtures.unixSession(home);
    }

    @AfterEach
    void stop() {
        session.close();
        box.close();
    }

    @Test
    void closeAllReturnsAtOnceAndReleasesEveryOpenSession() throws Exception {
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        MaintenanceRegistry registry = new MaintenanceRegistry();
        TerminalTools tools = new TerminalTools(journal, registry);
        for (String path : List.of(SupervisedContainer.MAIN_PID, SupervisedContainer.WORKER_PID)) {
            String id = "mnt-quit-" + path.hashCode();
            MaintenanceLock lock = MaintenanceLock.acquire(session.docker(), new LockRequest(box.name(), List.of(path),
                    "quitter", LockRequest.DEFAULT_LEASE), id, MaintenanceSession.shellMarker(id), Duration.ofSeconds(20));
            MaintenanceSession ms = new MaintenanceSession(session.docker(), session.profile(), lock,
                    ExecRequest.shell(box.name()), journal, registry, Duration.ofSeconds(20));
            ms.start(new TerminalFixtures.Collected());
            tools.track(ms);
        }
        assertThat(box.locked(SupervisedContainer.MAIN_PID)).isTrue();

        long t0 = System.nanoTime();
        CompletableFuture<Integer> released = tools.closeAll();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the caller (the FX thread at quit) is not held")
                .isLessThan(Duration.ofMillis(200));

        assertThat(released.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(box.locked(SupervisedContainer.MAIN_PID)).isFalse();
        assertThat(box.locked(SupervisedContainer.WORKER_PID)).isFalse();
        assertThat(journal.readAll()).filteredOn(e -> e.event().equals("maintenance.ended"))
                .extracting(e -> e.details().get("ended")).containsExactly("APP_QUIT", "APP_QUIT");
        assertThat(registry.all()).isEmpty();
    }
}
