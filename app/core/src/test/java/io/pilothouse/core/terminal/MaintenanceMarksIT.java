package io.pilothouse.core.terminal;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.MaintenanceHold;
import io.pilothouse.core.model.InventorySnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.terminal.SupervisedContainer.MAIN_PID;
import static io.pilothouse.core.terminal.SupervisedContainer.WORKER_PID;
import static io.pilothouse.core.terminal.TerminalFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inventory marks a container under maintenance whoever holds the locks: found on the host, not in this app. */
class MaintenanceMarksIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private SupervisedContainer box;
    private HostSession session;
    private HostInventory inventory;
    private Process child;

    @BeforeEach
    void start() {
        box = SupervisedContainer.start(ENV, "mnt");
        session = TerminalFixtures.unixSession(home);
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (inventory != null) {
            inventory.close();
        }
        session.close();
        box.close();
    }

    private InventorySnapshot follow() throws Exception {
        inventory = HostInventory.start(session, VolumeChoices.in(AppDirectories.from(Map.of(), home)),
                InventoryOptions.defaults());
        return inventory.firstSnapshot().get(30, TimeUnit.SECONDS);
    }

    private ContainerInfo boxNow() {
        return inventory.current().container(box.name()).orElseThrow();
    }

    /** Another process takes the lock (as the CLI or another machine would) and keeps it until killed. */
    private void lockFromAnotherProcess(String path) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderProcess.class.getName(), box.name(), path, "5").redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null && !line.equals("HELD")) {
            // the child's logging
        }
        assertThat(line).as("the other process took the lock").isEqualTo("HELD");
    }

    @Test
    void aLockTakenByAnotherProcessShowsInTheFirstSnapshotWithWhoSinceAndPaths() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        lockFromAnotherProcess(MAIN_PID);
        InventorySnapshot first = follow();

        ContainerInfo c = first.container(box.name()).orElseThrow();
        assertThat(c.underMaintenance()).isTrue();
        MaintenanceHold hold = c.holds().get(0);
        assertThat(hold.who()).isEqualTo("killed-app");
        assertThat(hold.paths()).containsExactly(MAIN_PID);
        assertThat(hold.session()).isEqualTo("pth-term-child");
        assertThat(hold.since()).hasValueSatisfying(s -> assertThat(s).isBetween(before, Instant.now()));
        assertThat(hold.lease()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void takingAndReleasingALockIsFollowedFromTheEngineEvents() throws Exception {
        follow();
        assertThat(boxNow().underMaintenance()).isFalse();

        MaintenanceLock lock = MaintenanceLock.acquire(session.docker(),
                new LockRequest(box.name(), List.of(MAIN_PID, WORKER_PID), "bob", LockRequest.DEFAULT_LEASE),
                "mnt-events", "PILOTHOUSE_SESSION=mnt-events", TIMEOUT);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> boxNow().underMaintenance());
            MaintenanceHold hold = boxNow().holds().get(0);
            assertThat(hold.who()).isEqualTo("bob");
            assertThat(hold.paths()).containsExactly(MAIN_PID, WORKER_PID);
            assertThat(hold.since()).contains(lock.since());
        } finally {
            assertThat(lock.close().ended()).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !boxNow().underMaintenance());
    }

    @Test
    void aHolderKilledWithItsAppIsUnmarkedOnceTheLeaseLetsGo() throws Exception {
        lockFromAnotherProcess(MAIN_PID);
        follow();
        assertThat(boxNow().underMaintenance()).isTrue();
        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
        await().atMost(Duration.ofSeconds(12)).until(() -> !boxNow().underMaintenance());
        assertThat(box.locked(MAIN_PID)).isFalse();
    }

    @Test
    void ordinaryExecsAndARefusedSecondTakerLeaveNoMark() throws Exception {
        follow();
        box.exec("echo not-a-holder");
        MaintenanceLock first = MaintenanceLock.acquire(session.docker(),
                new LockRequest(box.name(), List.of(MAIN_PID), "alice", LockRequest.DEFAULT_LEASE),
                "mnt-first", "PILOTHOUSE_SESSION=mnt-first", TIMEOUT);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> boxNow().underMaintenance());
            try {
                MaintenanceLock.acquire(session.docker(), new LockRequest(box.name(), List.of(MAIN_PID), "mallory",
                        LockRequest.DEFAULT_LEASE), "mnt-second", "PILOTHOUSE_SESSION=mnt-second", TIMEOUT).close();
            } catch (LockRefusedException expected) {
                // refused: alice holds it
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> boxNow().holds().stream().map(MaintenanceHold::who).toList().equals(List.of("alice")));
        } finally {
            first.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !boxNow().underMaintenance());
    }
}
