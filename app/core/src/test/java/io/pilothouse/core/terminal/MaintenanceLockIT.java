package io.pilothouse.core.terminal;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.testenv.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.terminal.SupervisedContainer.MAIN_PID;
import static io.pilothouse.core.terminal.SupervisedContainer.WORKER_PID;
import static io.pilothouse.core.terminal.TerminalFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Maintenance locks against a supervisor that restarts modules unless their pid file is locked. */
class MaintenanceLockIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private SupervisedContainer box;
    private HostSession session;
    private final List<MaintenanceLock> locks = new ArrayList<>();
    private final MaintenanceRegistry registry = new MaintenanceRegistry();

    @BeforeEach
    void start() {
        box = SupervisedContainer.start(ENV);
        session = TerminalFixtures.unixSession(home);
    }

    @AfterEach
    void stop() {
        locks.forEach(MaintenanceLock::close);
        session.close();
        box.close();
    }

    private MaintenanceLock lock(String who, Duration lease, String... paths) {
        MaintenanceLock l = MaintenanceLock.acquire(session.docker(), new LockRequest(box.name(), List.of(paths), who, lease),
                "pth-term-" + System.nanoTime(), "PILOTHOUSE_SESSION=none", TIMEOUT);
        locks.add(l);
        return l;
    }

    private MaintenanceSession maintenance(MaintenanceLock lock, Journal journal) {
        return new MaintenanceSession(session.docker(), session.profile(), lock, ExecRequest.shell(box.name()),
                journal, registry, TIMEOUT);
    }

    private MaintenanceLock lockForShell(String id, Duration lease, String... paths) {
        MaintenanceLock l = MaintenanceLock.acquire(session.docker(), new LockRequest(box.name(), List.of(paths), "alice", lease),
                id, MaintenanceSession.shellMarker(id), TIMEOUT);
        locks.add(l);
        return l;
    }

    @Test
    void whileLockedTheSupervisorLeavesAKilledModuleDownAndRestartsItAfterRelease() {
        MaintenanceLock lock = lock("alice", LockRequest.DEFAULT_LEASE, MAIN_PID);
        assertThat(box.locked(MAIN_PID)).isTrue();
        assertThat(box.exec("cat " + MAIN_PID + ".maintenance")).contains("who=alice").contains("since=");

        box.killModule("main");
        SupervisedContainer.sleep(3500);
        assertThat(box.modulePid("main")).isZero();
        assertThat(box.starts("main")).isEqualTo(1);

        assertThat(lock.close().ended()).isTrue();
        assertThat(box.locked(MAIN_PID)).isFalse();
        assertThat(box.exec("ls " + MAIN_PID + ".maintenance 2>&1 || true")).contains("No such file");
        await().atMost(Duration.ofSeconds(10)).until(() -> box.modulePid("main") > 0);
        assertThat(box.starts("main")).isEqualTo(2);
    }

    @Test
    void aSecondSessionOnAHeldPathIsRefusedNamingTheHolderAndTakesNothing() {
        lock("alice", LockRequest.DEFAULT_LEASE, MAIN_PID);
        assertThatThrownBy(() -> lock("bob", LockRequest.DEFAULT_LEASE, WORKER_PID, MAIN_PID))
                .isInstanceOf(LockRefusedException.class)
                .hasMessageContaining(MAIN_PID + " is locked by alice since 20")
                .satisfies(e -> assertThat(((LockRefusedException) e).holder().orElseThrow().who()).isEqualTo("alice"));
        assertThat(box.locked(WORKER_PID)).as("all or none: the worker lock taken first is let go").isFalse();
    }

    @Test
    void aLockHeldForAMomentWithoutANoteIsWaitedFor() {
        box.holdBriefly(MAIN_PID, 0.8);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> box.exec("flock -n " + MAIN_PID + " true && echo free || echo taken").strip().equals("taken"));

        lock("alice", LockRequest.DEFAULT_LEASE, WORKER_PID, MAIN_PID);

        assertThat(box.locked(MAIN_PID)).isTrue();
        assertThat(box.locked(WORKER_PID)).isTrue();
        assertThat(box.exec("cat " + MAIN_PID + ".maintenance")).contains("who=alice");
    }

    @Test
    void aLockHeldLongerWithoutANoteIsRefusedAsAnUnknownHolderAndTakesNothing() {
        box.holdBriefly(MAIN_PID, 30);
        await().atMost(Duration.ofSeconds(5)).until(() -> box.locked(MAIN_PID));
        long start = System.nanoTime();

        assertThatThrownBy(() -> lock("bob", LockRequest.DEFAULT_LEASE, WORKER_PID, MAIN_PID))
                .isInstanceOf(LockRefusedException.class)
                .hasMessageContaining(MAIN_PID + " is locked by a process that left no maintenance note");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("tried again for about two seconds first")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1800));
        assertThat(box.locked(WORKER_PID)).as("all or none").isFalse();
        assertThat(box.exec("ls " + WORKER_PID + ".maintenance 2>&1 || true")).contains("No such file");
    }

    @Test
    void missingPathsAndAContainerWithoutFlockAreSaidPlainlyBeforeAnythingChanges() {
        MaintenanceCheck check = new MaintenanceCheck(session.docker(), TIMEOUT);
        assertThat(check.problems(new LockRequest(box.name(), List.of("/app/data/nope.pid"), "alice", null)))
                .containsExactly("/app/data/nope.pid does not exist in " + box.name() + ".");
        assertThat(check.problems(new LockRequest(box.name(), List.of("relative.pid"), "alice", null)))
                .singleElement().asString().contains("not absolute");
        assertThat(check.problems(new LockRequest(box.name(), List.of(MAIN_PID), "alice", null))).isEmpty();
        box.exec("rm /usr/bin/flock");
        assertThat(check.problems(new LockRequest(box.name(), List.of(MAIN_PID), "alice", null)))
                .singleElement().asString().contains("has no flock command");
        assertThatThrownBy(() -> lock("alice", LockRequest.DEFAULT_LEASE, "/app/data/nope.pid"))
                .hasMessageContaining("does not exist");
    }

    @Test
    void exitingTheShellReleasesTheLocksAndIsJournaled() {
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        MaintenanceSession m = maintenance(lockForShell("pth-term-exit", LockRequest.DEFAULT_LEASE, MAIN_PID), journal);
        TerminalFixtures.Collected out = new TerminalFixtures.Collected();
        m.start(out);
        assertThat(out.text()).contains("Maintenance: holding " + MAIN_PID);
        assertThat(registry.all()).hasSize(1);
        m.write("echo marker-$((6*7))\n".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> out.text().contains("marker-42"));
        m.write("exit\n".getBytes(StandardCharsets.UTF_8));
        assertThat(m.ended()).succeedsWithin(Duration.ofSeconds(15)).isEqualTo(MaintenanceEnd.SHELL_EXITED);
        assertThat(box.locked(MAIN_PID)).isFalse();
        assertThat(registry.all()).isEmpty();
        List<JournalEntry> entries = journal.readAll();
        assertThat(entries).extracting(JournalEntry::event).containsExactly("maintenance.started", "maintenance.ended");
        assertThat(entries.get(1).details()).containsEntry("ended", "SHELL_EXITED").containsEntry("released", "true")
                .containsKey("seconds").containsEntry("paths", MAIN_PID);
    }

    @Test
    void closingTheTabReleasesTheLocksAndEndsTheShellInTheContainer() {
        MaintenanceSession m = maintenance(lockForShell("pth-term-tab", LockRequest.DEFAULT_LEASE, MAIN_PID, WORKER_PID),
                new Journal(home.resolve("journal.jsonl")));
        m.start(new TerminalFixtures.Collected());
        m.write("sleep 1000\n".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> box.processesWith("PILOTHOUSE_SESSION=pth-term-tab").contains("sleep 1000"));
        CloseReport report = m.close();
        assertThat(report.ended()).as(report.sentence()).isTrue();
        assertThat(m.endedHow()).isEqualTo(MaintenanceEnd.TAB_CLOSED);
        assertThat(box.locked(MAIN_PID)).isFalse();
        assertThat(box.locked(WORKER_PID)).isFalse();
        assertThat(box.processesWith("PILOTHOUSE_SESSION=pth-term-tab")).isEmpty();
    }

    @Test
    void withoutHeartbeatsTheLeaseLetsGoAndEndsTheShell() {
        MaintenanceLock lock = lockForShell("pth-term-lease", Duration.ofSeconds(3), MAIN_PID);
        MaintenanceSession m = maintenance(lock, new Journal(home.resolve("journal.jsonl")));
        m.start(new TerminalFixtures.Collected());
        await().atMost(Duration.ofSeconds(10)).until(() -> !box.processesWith("PILOTHOUSE_SESSION=pth-term-lease").isEmpty());
        // heartbeats keep it past the lease
        SupervisedContainer.sleep(4500);
        assertThat(box.locked(MAIN_PID)).isTrue();
        lock.stopHeartbeats();
        await().atMost(Duration.ofSeconds(8)).until(() -> !box.locked(MAIN_PID));
        await().atMost(Duration.ofSeconds(5)).until(() -> box.processesWith("PILOTHOUSE_SESSION=pth-term-lease").isEmpty());
        assertThat(m.ended()).succeedsWithin(Duration.ofSeconds(15));
    }

    @Test
    void anAppKilledWithSigkillLosesItsLocksWithinTheLease() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderProcess.class.getName(), box.name(), MAIN_PID, "5")
                .redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("HELD")) {
                // logging of the child
            }
            assertThat(line).isEqualTo("HELD");
            assertThat(box.locked(MAIN_PID)).isTrue();
            assertThat(box.exec("cat " + MAIN_PID + ".maintenance")).contains("who=killed-app");
            long killedAt = System.nanoTime();
            new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250)).until(() -> !box.locked(MAIN_PID));
            assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(5 + 3));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void anAppKilledWithSigkillHasItsSessionEndedInTheJournalAtTheNextStart() throws Exception {
        Path journalFile = home.resolve("journal.jsonl");
        Journal journal = new Journal(journalFile);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderProcess.class.getName(), box.name(), MAIN_PID, "4", journalFile.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("HELD")) {
                // logging of the child
            }
            assertThat(line).isEqualTo("HELD");
            MaintenanceRecovery recovery = new MaintenanceRecovery(journal);
            List<UnendedMaintenance> unended = recovery.unended();
            assertThat(unended).singleElement().satisfies(m -> {
                assertThat(m.session()).isEqualTo("pth-term-child");
                assertThat(m.who()).isEqualTo("killed-app");
                assertThat(m.paths()).containsExactly(MAIN_PID);
            });
            // while the other app holds the locks, its session is not ended for it
            assertThat(recovery.settle(unended.get(0), session.profile(), session.docker(), TIMEOUT)).isEmpty();
            assertThat(journal.readAll()).extracting(JournalEntry::event).containsExactly("maintenance.started");

            new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250)).until(() -> !box.locked(MAIN_PID));
            long freeAfter = Duration.between(unended.get(0).since(), Instant.now()).toSeconds();
            SupervisedContainer.sleep(3000);

            // the next start
            Optional<String> sentence = recovery.settle(recovery.unended().get(0), session.profile(), session.docker(), TIMEOUT);
            assertThat(sentence).hasValueSatisfying(s -> assertThat(s)
                    .contains("Maintenance of " + box.name() + " by killed-app ended: the lease expired after the app ended"));
            JournalEntry ended = journal.readAll().get(1);
            assertThat(ended.event()).isEqualTo("maintenance.ended");
            assertThat(ended.details()).containsEntry("session", "pth-term-child")
                    .containsEntry("ended", "LEASE_EXPIRED_AFTER_APP_ENDED").containsEntry("released", "true")
                    .containsEntry("paths", MAIN_PID);
            long seconds = Long.parseLong(ended.details().get("seconds"));
            if (Boolean.parseBoolean(ended.details().get("exact"))) {
                // the engine still knew when the holder ended: held until then, not until now
                assertThat(seconds).isBetween(0L, freeAfter + 1);
                assertThat(sentence.get()).contains("held " + seconds + " s;");
            } else {
                // the engine's bounded event log had dropped it (a busy engine): said as an upper bound
                assertThat(seconds).isGreaterThanOrEqualTo(freeAfter);
                assertThat(sentence.get()).contains("held at most " + seconds + " s");
            }
            assertThat(recovery.unended()).as("ended once").isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void cuttingTheSshConnectionLosesTheLocksWithinTheLease() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", "127.0.0.1", ENV.sshPort())) {
            String original = "[127.0.0.1]:" + ENV.sshPort() + " ";
            List<String> lines = Files.readAllLines(ENV.sshKnownHosts()).stream().filter(l -> l.startsWith(original))
                    .map(l -> "[127.0.0.1]:" + relay.port() + " " + l.substring(original.length())).toList();
            Path knownHosts = Files.write(home.resolve("known_hosts"), lines);
            HostSession ssh = TerminalFixtures.session(home, new SshTransport(ENV.sshUser(), "127.0.0.1", relay.port(),
                    ENV.sshKey().toString(), knownHosts.toString(), ENV.sshRemoteDockerSock()));
            try {
                MaintenanceLock lock = MaintenanceLock.acquire(ssh.docker(),
                        new LockRequest(box.name(), List.of(MAIN_PID), "over-ssh", Duration.ofSeconds(5)),
                        "pth-term-ssh", "PILOTHOUSE_SESSION=pth-term-ssh", TIMEOUT);
                assertThat(box.locked(MAIN_PID)).isTrue();
                relay.cut();
                await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250)).until(() -> !box.locked(MAIN_PID));
                lock.close();
            } finally {
                ssh.close();
            }
        }
    }
}
