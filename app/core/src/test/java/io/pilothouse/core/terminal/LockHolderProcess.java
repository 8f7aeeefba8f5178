package io.pilothouse.core.terminal;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A process that takes a maintenance lock and then waits to be killed (args: container, path, lease
 * seconds, and optionally a journal file: then it opens a journaled maintenance session as the app does).
 */
public final class LockHolderProcess {

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("pth-term-holder");
        HostSession session = TerminalFixtures.unixSession(home);
        MaintenanceLock lock = MaintenanceLock.acquire(session.docker(),
                new LockRequest(args[0], List.of(args[1]), "killed-app", Duration.ofSeconds(Long.parseLong(args[2]))),
                "pth-term-child", MaintenanceSession.shellMarker("pth-term-child"), Duration.ofSeconds(20));
        if (args.length > 3) {
            MaintenanceSession maintenance = new MaintenanceSession(session.docker(), session.profile(), lock,
                    ExecRequest.shell(args[0]), new Journal(Path.of(args[3])), new MaintenanceRegistry(),
                    Duration.ofSeconds(20));
            maintenance.start(new TerminalFixtures.Collected());
        }
        System.out.println("HELD");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
