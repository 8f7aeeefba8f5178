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
            assertMatchesCli(session.info());
            assertThat(session.isOpen()).isTrue();
            assertThat(session.docker().pingCmd().exec()).isNull();
        }
    }

    @Test
    void tlsWithCertFolderReportsWhatTheDockerCliReports() {
        HostProfile profile = HostProfile.create("tls",
                TlsTransport.withCertDir(ENV.tlsHost(), ENV.tlsPort(), ENV.certPath().toString()), null);
        try (HostSession session = factory().connect(profile, options())) {
            assertMatchesCli(session.info());
            assertThat(session.docker().listContainersCmd().withShowAll(true).exec()).hasSize(session.info().containers());
        }
    }

    static void assertMatchesCli(EngineInfo info) {
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
        String ids = ENV.docker("ps", "-aq");
        assertThat(info.containers()).isEqualTo(ids.isBlank() ? 0 : ids.split("\\s+").length);
        String running = ENV.docker("ps", "-q");
        assertThat(info.runningContainers()).isEqualTo(running.isBlank() ? 0 : running.split("\\s+").length);
        assertThat(info.latency()).isPositive().isLessThan(Duration.ofSeconds(5));
    }
}
