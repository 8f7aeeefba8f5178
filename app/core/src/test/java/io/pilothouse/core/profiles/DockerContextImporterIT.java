package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports a context made by the real docker CLI. */
class DockerContextImporterIT {

    @TempDir
    Path dockerConfig;

    @Test
    void importsATlsContextCreatedByTheDockerCli() throws Exception {
        TestEnv env = TestEnv.get();
        Path certs = env.certPath();
        String endpoint = "host=tcp://127.0.0.1:" + env.tlsPort() + ",ca=" + certs.resolve("ca.pem")
                + ",cert=" + certs.resolve("cert.pem") + ",key=" + certs.resolve("key.pem");
        dockerCli("context", "create", "pilothouse-it", "--docker", endpoint);
        dockerCli("context", "create", "pilothouse-it-plain", "--docker", "host=tcp://127.0.0.1:2375");

        ContextImport result = new DockerContextImporter(dockerConfig).read(List.of(), Environment.DEVELOPMENT);

        assertThat(result.imported()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("pilothouse-it");
            TlsTransport tls = (TlsTransport) p.transport();
            assertThat(tls.host()).isEqualTo("127.0.0.1");
            assertThat(tls.port()).isEqualTo(env.tlsPort());
            assertThat(Path.of(tls.certDir())).startsWith(dockerConfig);
            assertThat(Files.readString(tls.caPath())).isEqualTo(Files.readString(certs.resolve("ca.pem")));
            assertThat(Files.readString(tls.certPath())).isEqualTo(Files.readString(certs.resolve("cert.pem")));
            assertThat(Files.readString(tls.keyPath())).isEqualTo(Files.readString(certs.resolve("key.pem")));
        });
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.context()).isEqualTo("pilothouse-it-plain");
            assertThat(s.reason()).contains("without TLS material");
        });
        assertThat(result.imported()).extracting(HostProfile::environment).containsOnly(Environment.DEVELOPMENT);
    }

    private void dockerCli(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("docker"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DOCKER_CONFIG", dockerConfig.toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("docker %s: %s", String.join(" ", args), out).isZero();
    }
}
