package io.pilothouse.core.host;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFactoryIT {

    private static final TestEnv ENV = TestEnv.get();

    @TempDir
    Path home;

    private ConnectionFactory factory() {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home));
    }

    private static ConnectOptions options() {
        return new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    @Test
    void unixSocketReportsWhatTheDockerCliReports() {
        HostProfile profile = HostProfile.create("local", new UnixSocketTransport(ENV.dockerSock()), null);
        try (HostSession session = factory().connect(profile, options())) {
            assertMatchesCli(session);
            assertThat(session.isOpen()).isTrue();
            assertThat(session.docker().pingCmd().exec()).isNull();
        }
    }

    @Test
    void tlsWithCertFolderReportsWhatTheDockerCliReports() {
        HostProfile profile = HostProfile.create("tls",
                TlsTransport.withCertDir(ENV.tlsHost(), ENV.tlsPort(), ENV.certPath().toString()), null);
        try (HostSession session = factory().connect(profile, options())) {
            assertMatchesCli(session);
        }
    }

    @Test
    void aPausedContainerIsUpAsDockerPsListsIt() {
        String name = "pth-paused-" + System.nanoTime();
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, ENV.image(), "sleep", "600");
        try {
            ENV.docker("pause", name);
            assertThat(ENV.docker("ps", "-q", "--filter", "name=" + name)).as("docker ps lists it").isNotBlank();
            HostProfile profile = HostProfile.create("local", new UnixSocketTransport(ENV.dockerSock()), null);
            try (HostSession session = factory().connect(profile, options())) {
                assertMatchesCli(session);
            }
        } finally {
            ENV.docker("rm", "-f", name);
        }
    }

    /**
     * The session's report equals the docker CLI's. Other tests share the engine and may add or remove
     * containers meanwhile, so the counts are compared in a window where the CLI saw no change.
     */
    static void assertMatchesCli(HostSession session) {
        EngineInfo info = session.info();
        String[] v = ENV.docker("version", "--format",
                "{{.Server.Version}}|{{.Server.APIVersion}}|{{.Server.Os}}|{{.Server.Arch}}").split("\\|");
        assertThat(info.engineVersion()).isEqualTo(v[0]);
        assertThat(info.apiVersion()).isEqualTo(v[1]);
        assertThat(info.os()).isEqualTo(v[2]);
        assertThat(info.arch()).isEqualTo(v[3]);
        String[] swarm = ENV.docker("info", "--format", "{{.Swarm.LocalNodeState}}|{{.Swarm.ControlAvailable}}|{{.Name}}")
                .split("\\|");
        String role = !"active".equals(swarm[0]) ? "none" : "true".equals(swarm[1]) ? "manager" : "worker";
        assertThat(info.swarmRole()).isEqualTo(role);
        assertThat(info.engineName()).isEqualTo(swarm[2]);
        assertThat(info.latency()).isPositive().isLessThan(Duration.ofSeconds(5));
        for (int attempt = 1; ; attempt++) {
            int[] before = cliCounts();
            EngineInfo fresh = session.probe();
            int[] after = cliCounts();
            if (before[0] == after[0] && before[1] == after[1]) {
                assertThat(fresh.containers()).as("containers, as docker ps -aq counts them").isEqualTo(before[0]);
                assertThat(fresh.runningContainers()).as("running, as docker ps -q counts them").isEqualTo(before[1]);
                return;
            }
            assertThat(attempt).as("the engine's containers kept changing").isLessThan(10);
        }
    }

    private static int[] cliCounts() {
        String all = ENV.docker("ps", "-aq");
        String running = ENV.docker("ps", "-q");
        return new int[]{all.isBlank() ? 0 : all.split("\\s+").length, running.isBlank() ? 0 : running.split("\\s+").length};
    }
}
