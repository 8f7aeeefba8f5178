package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.testenv.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copying a volume from one host to another, streamed (no file in between): here the source host
 * is the test engine over SSH through a relay that counts what the engine sends, the target the
 * same engine over its socket.
 */
class VolumeCopyIT {

    static final String FILES = "cd /v && find . -type f | sort | xargs sha256sum";

    @TempDir
    Path home;
    BackupFixture fx;

    @BeforeEach
    void setUp() {
        fx = new BackupFixture(home);
    }

    @AfterEach
    void tearDown() {
        fx.cleanUp();
    }

    @Test
    void theNewVolumeHoldsTheSameFiles() throws Exception {
        String data = fx.volume("src");
        fx.sh(data, "mkdir -p /v/a/b && echo one > /v/a/one && dd if=/dev/urandom of=/v/a/b/noise bs=1M count=6 2>/dev/null");
        String copy = fx.expectVolume(fx.run + "-copy");
        try (TcpRelay relay = new TcpRelay("127.0.0.1", BackupFixture.ENV.sshHost(), BackupFixture.ENV.sshPort());
             HostSession source = fx.session(fx.sshThrough(relay));
             HostSession target = fx.session(fx.profile(Environment.DEVELOPMENT))) {
            Plan plan = new VolumeCopyPlanFactory(source, target).plan(data, copy);
            PlanResult r = fx.runner().run(plan, target.profile(), null, new PlanListener() { }, new CancelToken());

            assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(fx.sh(copy, FILES)).isEqualTo(fx.sh(data, FILES)).contains("./a/one", "./a/b/noise");
        }
    }

    @Test
    void cancelEndsTheSourceStreamAndRemovesTheNewVolume() throws Exception {
        String data = fx.volume("big");
        fx.sh(data, "dd if=/dev/urandom of=/v/noise bs=1M count=160 2>/dev/null");
        String copy = fx.expectVolume(fx.run + "-copy");
        try (TcpRelay relay = new TcpRelay("127.0.0.1", BackupFixture.ENV.sshHost(), BackupFixture.ENV.sshPort());
             HostSession source = fx.session(fx.sshThrough(relay));
             HostSession target = fx.session(fx.profile(Environment.DEVELOPMENT))) {
            Plan plan = new VolumeCopyPlanFactory(source, target).plan(data, copy);
            CancelAfterBytes cancel = new CancelAfterBytes(4_000_000, relay);
            PlanResult r = fx.runner().run(plan, target.profile(), null, cancel, cancel.token);

            assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
            assertThat(cancel.cancelled()).isTrue();
            // the rest of the 160 MiB is not read to close the source's stream
            assertThat(cancel.relayedSinceCancel()).isLessThan(40L << 20);
            assertThat(BackupFixture.ENV.docker("volume", "ls", "-q", "--filter", "name=" + copy)).isEmpty();
        }
    }
}
