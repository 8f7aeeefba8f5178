package io.pilothouse.desktop.ui.details;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The details source against the real test engine: inspects of a container and a swarm service, and the stats stream. */
class DockerDetailsSourceIT {

    final TestEnv env = TestEnv.get();
    final String suffix = Long.toHexString(System.nanoTime() & 0xffffffL);
    final String container = "details-it-" + suffix;
    final String service = "details-svc-" + suffix;

    @AfterEach
    void cleanUp() {
        try { env.docker("rm", "-f", "-v", container); } catch (RuntimeException ignored) { }
        try { env.docker("service", "rm", service); } catch (RuntimeException ignored) { }
    }

    HostSession connect(Path tmp) {
        HostProfile host = HostProfile.create("testenv", new UnixSocketTransport(env.dockerSock()), Environment.DEVELOPMENT);
        return new ConnectionFactory(new AppDirectories(tmp.resolve("c"), tmp.resolve("d"), tmp))
                .connect(host, ConnectOptions.defaults(CredentialPrompt.NONE));
    }

    @Test
    void aContainerIsInspectedAndItsStatsStreamUntilClosed(@TempDir Path tmp) throws Exception {
        String id = env.docker("run", "-d", "--name", container, "--label", "io.pilothouse.test=true",
                "-e", "API_TOKEN=abc123", "-p", "127.0.0.1::8080", "--restart", "on-failure:2",
                "--health-cmd", "true", "--health-interval", "5s", "--tmpfs", "/scratch",
                env.image(), "sh", "-c", "while true; do seq 1 2000 > /dev/null; sleep 0.2; done").strip();
        try (HostSession session = connect(tmp)) {
            DockerDetailsSource source = new DockerDetailsSource(session.docker(), Duration.ofSeconds(15));
            Inspection i = source.inspectContainer(id);
            assertThat(i.name()).isEqualTo(container);
            assertThat(i.image()).isEqualTo(env.image());
            assertThat(i.imageDigest()).contains("sha256:");
            assertThat(i.env()).contains(Map.entry("API_TOKEN", "abc123"));
            assertThat(i.restartPolicy()).isEqualTo("on-failure (at most 2)");
            assertThat(i.healthcheck()).startsWith("true, every 5 s");
            assertThat(i.ports()).anyMatch(p -> p.startsWith("127.0.0.1:") && p.endsWith("→ 8080/tcp"));
            assertThat(i.labels()).containsEntry("io.pilothouse.test", "true");
            assertThat(i.state()).isEqualTo("running");
            assertThat(i.rawJson()).contains("\"Id\" : \"" + id + "\"");

            List<StatsSample> samples = new CopyOnWriteArrayList<>();
            List<String> ended = new CopyOnWriteArrayList<>();
            AutoCloseable stream = source.stats(id, samples::add, ended::add);
            await().atMost(Duration.ofSeconds(15)).until(() -> samples.size() >= 3);
            assertThat(samples).allMatch(s -> s.memoryBytes() > 0 && s.memoryLimitBytes() > 0);
            assertThat(samples).anyMatch(s -> s.cpuPercent() > 0);
            stream.close();
            int seen = samples.size();
            Thread.sleep(2500);
            assertThat(samples.size()).as("no samples after closing").isLessThanOrEqualTo(seen + 1);
            assertThat(ended).as("closing on purpose is not a failure").isEmpty();

            assertThatThrownBy(() -> source.inspectContainer("no-such-container-" + suffix))
                    .hasMessageStartingWith("Could not inspect the container no-such-container-" + suffix + ":");
            source.close();
        }
    }

    @Test
    void aSwarmServiceIsInspected(@TempDir Path tmp) {
        String id = env.docker("service", "create", "--detach", "--name", service, "--label", "io.pilothouse.test=true",
                "--endpoint-mode", "dnsrr", "--env", "DB_PASSWORD=hunter2", "--replicas", "1",
                "--restart-condition", "on-failure", env.registry() + "/testenv/busybox:2", "sleep", "3600").strip();
        try (HostSession session = connect(tmp)) {
            DockerDetailsSource source = new DockerDetailsSource(session.docker(), Duration.ofSeconds(15));
            Inspection i = source.inspectService(id);
            assertThat(i.kind()).isEqualTo("service");
            assertThat(i.name()).isEqualTo(service);
            assertThat(i.image()).isEqualTo(env.registry() + "/testenv/busybox:2");
            assertThat(i.env()).contains(Map.entry("DB_PASSWORD", "hunter2"));
            assertThat(i.command()).isEqualTo("sleep 3600");
            assertThat(i.restartPolicy()).as("max attempts 0 means unlimited").isEqualTo("on-failure");
            assertThat(i.labels()).containsEntry("io.pilothouse.test", "true");
            source.close();
        }
    }
}
