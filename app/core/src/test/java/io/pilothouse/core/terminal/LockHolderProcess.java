package io.pilothouse.core.terminal;

import io.pilothouse.core.host.HostSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A process that takes a maintenance lock and then waits to be killed (args: container, path, lease seconds). */
public final class LockHolderProcess {

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("pth-term-holder");
        HostSession session = TerminalFixtures.unixSession(home);
        MaintenanceLock.acquire(session.docker(),
                new LockRequest(args[0], List.of(args[1]), "killed-app", Duration.ofSeconds(Long.parseLong(args[2]))),
                "pth-term-child", "PILOTHOUSE_SESSION=pth-term-child", Duration.ofSeconds(20));
        System.out.println("HELD");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
