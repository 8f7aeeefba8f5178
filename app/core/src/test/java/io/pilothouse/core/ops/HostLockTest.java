package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostLockTest {

    @TempDir Path dir;

    private final HostProfile host = HostProfile.create("web-1", new UnixSocketTransport("/run/docker.sock"), Environment.DEVELOPMENT);
    private final Plan plan = new Plan("restart-1", "restart", host.id(), "Restart web", List.of());

    @Test
    void a_lock_held_by_another_process_refuses_and_names_it_and_dies_with_it() throws Exception {
        Path file = HostLock.fileFor(dir, host.id());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldHostLock.class.getName(), dir.toString(), host.id()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()));
            assertThat(out.readLine()).isEqualTo("held");
            assertThatThrownBy(() -> HostLock.acquire(dir, host, plan))
                    .isInstanceOf(HostBusyException.class)
                    .hasMessageStartingWith("web-1 is busy with \"Nightly backup\" (plan backup-9, process " + other.pid() + " of ")
                    .hasMessageEndingWith("; nothing was done. Wait for it to end, then run \"Restart web\" again.");
            assertThat(HostLock.holder(dir, host.id())).get().asString().contains("plan backup-9,");
        } finally {
            // SIGKILL: the operating system drops the lock with the process
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(HostLock.holder(dir, host.id())).isEmpty();
        try (HostLock lock = HostLock.acquire(dir, host, plan)) {
            assertThat(Files.readString(file)).contains("plan restart-1,");
        }
    }

    @Test
    void the_same_host_twice_in_one_process_is_refused() {
        try (HostLock first = HostLock.acquire(dir, host, plan)) {
            assertThatThrownBy(() -> HostLock.acquire(dir, host, new Plan("other-1", "x", host.id(), "Other", List.of())))
                    .isInstanceOf(HostBusyException.class).hasMessageContaining("busy with \"Restart web\" (plan restart-1,");
        }
    }
}
