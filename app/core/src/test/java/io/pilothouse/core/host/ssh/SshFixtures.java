package io.pilothouse.core.host.ssh;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.testenv.TestEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the SSH integration tests share: the test engine's sshd as a transport, a docker-java client over a connection. */
final class SshFixtures {

    static final TestEnv ENV = TestEnv.get();

    private SshFixtures() {
    }

    static SshTransport transport(Path key, Path knownHosts) {
        return new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), key == null ? null : key.toString(),
                knownHosts == null ? null : knownHosts.toString(), ENV.sshRemoteDockerSock());
    }

    static SshTransport transport() {
        return transport(ENV.sshKey(), ENV.sshKnownHosts());
    }

    /** A connector whose home (~/.ssh) is {@code home}, with no ssh-agent. */
    static SshConnector connector(Path home) {
        return new SshConnector(dirs(home), Map.of());
    }

    static AppDirectories dirs(Path home) {
        return SshFixturesForUnits.dirs(home);
    }

    static DockerClient docker(SshDockerConnection connection) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost("unix:///var/run/docker.sock")
                .withDockerTlsVerify(false)
                .build();
        return DockerClientImpl.getInstance(config, connection.httpClient());
    }

    /** The known_hosts lines of the test sshd for {@code [127.0.0.1]:port}. */
    static List<String> knownHostsLines() throws IOException {
        String name = HostKeyFormat.knownHostsName(ENV.sshHost(), ENV.sshPort());
        return Files.readAllLines(ENV.sshKnownHosts()).stream().filter(l -> l.startsWith(name + " ")).toList();
    }

    /** The fingerprint ssh-keygen prints for a known_hosts line. */
    static String sshKeygenFingerprint(String knownHostsLine, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "line", ".known_hosts");
        Files.writeString(file, knownHostsLine + "\n");
        String out = run(dir, "ssh-keygen", "-lf", file.toString());
        return out.trim().split("\\s+")[1];
    }

    /** A fresh ed25519 key without passphrase, not authorised anywhere. */
    static Path freshKey(Path dir, String name) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "pilothouse-test", "-f", key.toString());
        return key;
    }

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
