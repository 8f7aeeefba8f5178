package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory's actions through the core on the real engine: stop, remove with anonymous volumes, a refused guard. */
class CoreContainerActionPortIT {

    final TestEnv env = TestEnv.get();
    final String suffix = Long.toHexString(System.nanoTime() & 0xffffffL);
    final String a = "actions-a-" + suffix;
    final String b = "actions-b-" + suffix;

    @AfterEach
    void cleanUp() {
        for (String name : List.of(a, b)) {
            try { env.docker("rm", "-f", "-v", name); } catch (RuntimeException ignored) { }
        }
    }

    ContainerActions actions(Path tmp, Environment environment) {
        HostProfile host = HostProfile.create("testenv", new UnixSocketTransport(env.dockerSock()), environment);
        HostSession session = new ConnectionFactory(new AppDirectories(tmp.resolve("c"), tmp.resolve("d"), tmp))
                .connect(host, ConnectOptions.defaults(CredentialPrompt.NONE));
        return new ContainerActions(session, new Journal(tmp.resolve("journal.jsonl")), new ProductionGuard());
    }

    String run(String name) {
        return env.docker("run", "-d", "--name", name, "--label", "io.pilothouse.test=true", "-v", "/scratch",
                env.image(), "sleep", "3600").strip();
    }

    @Test
    void stopThenRemoveWithAnonymousVolumes(@TempDir Path tmp) {
        String idA = run(a);
        String idB = run(b);
        String anonymous = env.docker("inspect", "-f", "{{range .Mounts}}{{.Name}}{{end}}", a).strip();
        try (ContainerActions core = actions(tmp, Environment.DEVELOPMENT)) {
            CoreContainerActionPort port = new CoreContainerActionPort(core);
            ActionOutcome stopped = port.run(ContainerAction.STOP,
                    List.of(new ContainerTarget(idA, a), new ContainerTarget(idB, b)), "");
            assertThat(stopped.failures()).isEmpty();
            assertThat(stopped.succeeded()).containsExactly(a, b);
            assertThat(env.docker("inspect", "-f", "{{.State.Status}}", a).strip()).isEqualTo("exited");

            ActionOutcome removed = port.run(ContainerAction.REMOVE_WITH_VOLUMES, List.of(new ContainerTarget(idA, a),
                    new ContainerTarget("0000deadbeef" + suffix, "ghost")), "");
            assertThat(removed.succeeded()).containsExactly(a);
            assertThat(removed.failures()).containsOnlyKeys("0000deadbeef" + suffix);
            assertThat(env.docker("ps", "-a", "-q", "--filter", "name=^" + a + "$").strip()).isEmpty();
            assertThat(env.docker("volume", "ls", "-q").lines()).doesNotContain(anonymous);
        }
    }

    @Test
    void aWrongNameOnProductionIsRefusedByTheCoreToo(@TempDir Path tmp) {
        String id = run(a);
        try (ContainerActions core = actions(tmp, Environment.PRODUCTION)) {
            ActionOutcome refused = new CoreContainerActionPort(core).run(ContainerAction.KILL, List.of(new ContainerTarget(id, a)), "prod");
            assertThat(refused.succeeded()).isEmpty();
            assertThat(refused.failures().values()).singleElement().asString().contains("production host", "nothing was done");
            assertThat(env.docker("inspect", "-f", "{{.State.Status}}", a).strip()).isEqualTo("running");

            ActionOutcome killed = new CoreContainerActionPort(core).run(ContainerAction.KILL, List.of(new ContainerTarget(id, a)), "testenv");
            assertThat(killed.succeeded()).containsExactly(a);
            assertThat(env.docker("inspect", "-f", "{{.State.Status}}", a).strip()).isEqualTo("exited");
        }
    }
}
