package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;

import java.nio.file.Path;
import java.util.List;

/** A second process for the lock tests: takes a host's lock, says "held", and keeps it until killed. */
public final class HoldHostLock {

    private HoldHostLock() {
    }

    public static void main(String[] args) throws Exception {
        HostProfile host = new HostProfile(args[1], "web-1", new UnixSocketTransport("/run/docker.sock"), Environment.DEVELOPMENT);
        Plan plan = new Plan("backup-9", "backup", host.id(), "Nightly backup", List.of());
        try (HostLock lock = HostLock.acquire(Path.of(args[0]), host, plan)) {
            System.out.println("held");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
