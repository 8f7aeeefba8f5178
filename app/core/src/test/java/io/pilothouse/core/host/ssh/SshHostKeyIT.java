package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.UnknownHostKeyFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** known_hosts checking against the test engine's sshd: unknown keys are asked about, changed keys refused. */
class SshHostKeyIT {

    @TempDir
    Path home;

    @Test
    void unknownHostKeyRefusedShowsTheFingerprintSshKeygenPrintsAndLeavesTheFileEmpty() throws Exception {
        Path knownHosts = Files.createFile(home.resolve("known_hosts"));
        RecordingPrompt prompt = new RecordingPrompt().acceptingHostKeys(false);
        try (SshConnector connector = SshFixtures.connector(home)) {
            UnknownHostKeyFailure failure = catchThrowableOfType(UnknownHostKeyFailure.class, () ->
                    connector.connect(SshFixtures.transport(ENV.sshKey(), knownHosts), ConnectOptions.defaults(prompt)));

            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_UNKNOWN_HOST_KEY);
            HostKey key = failure.hostKey();
            assertThat(prompt.hostKeyQuestions).containsExactly(key);
            assertThat(key.knownHostsName()).isEqualTo("[127.0.0.1]:" + ENV.sshPort());
            String line = SshFixtures.knownHostsLines().stream()
                    .filter(l -> l.split(" ")[1].equals(key.type())).findFirst().orElseThrow();
            assertThat(line.split(" ")[2]).isEqualTo(key.base64Key());
            String expected = SshFixtures.sshKeygenFingerprint(line, home);
            assertThat(key.sha256Fingerprint()).isEqualTo(expected).startsWith("SHA256:");
            assertThat(failure.getMessage()).contains(expected);
            assertThat(Files.size(knownHosts)).isZero();
            assertThat(prompt.passphraseQuestions).isEmpty();
        }
    }

    @Test
    void acceptedHostKeyIsRememberedAndNotAskedAgain() throws Exception {
        Path knownHosts = home.resolve("fresh/.ssh/known_hosts");
        RecordingPrompt prompt = new RecordingPrompt().acceptingHostKeys(true);
        try (SshConnector connector = SshFixtures.connector(home)) {
            try (SshDockerConnection connection = connector.connect(SshFixtures.transport(ENV.sshKey(), knownHosts),
                    ConnectOptions.defaults(prompt))) {
                SshFixtures.docker(connection).pingCmd().exec();
            }
            assertThat(prompt.hostKeyQuestions).hasSize(1);
            HostKey key = prompt.hostKeyQuestions.get(0);
            List<String> lines = Files.readAllLines(knownHosts);
            assertThat(lines).containsExactly(key.knownHostsName() + " " + key.type() + " " + key.base64Key());
            assertThat(Files.getPosixFilePermissions(knownHosts)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            // ssh-keygen reads what was written and agrees on the fingerprint
            assertThat(SshFixtures.sshKeygenFingerprint(lines.get(0), home)).isEqualTo(key.sha256Fingerprint());

            RecordingPrompt second = new RecordingPrompt().acceptingHostKeys(false);
            try (SshDockerConnection connection = connector.connect(SshFixtures.transport(ENV.sshKey(), knownHosts),
                    ConnectOptions.defaults(second))) {
                SshFixtures.docker(connection).pingCmd().exec();
            }
            assertThat(second.hostKeyQuestions).isEmpty();
            assertThat(Files.readAllLines(knownHosts)).hasSize(1);
        }
    }

    @Test
    void changedHostKeyIsRefusedWithAWarningAndTheFileIsLeftAlone() throws Exception {
        Path other = SshFixtures.freshKey(home, "impostor");
        String otherKey = Files.readString(Path.of(other + ".pub")).trim().split(" ")[1];
        Path knownHosts = home.resolve("known_hosts");
        String content = "[127.0.0.1]:" + ENV.sshPort() + " ssh-ed25519 " + otherKey + "\n";
        Files.writeString(knownHosts, content);
        RecordingPrompt prompt = new RecordingPrompt().acceptingHostKeys(true);
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(ENV.sshKey(), knownHosts), ConnectOptions.defaults(prompt)));

            assertThat(failure).isNotInstanceOf(UnknownHostKeyFailure.class);
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_HOST_KEY_CHANGED);
            String realLine = SshFixtures.knownHostsLines().stream()
                    .filter(l -> l.split(" ")[1].equals("ssh-ed25519")).findFirst().orElseThrow();
            assertThat(failure.getMessage())
                    .contains("man-in-the-middle")
                    .contains(SshFixtures.sshKeygenFingerprint(realLine, home))
                    .contains(knownHosts.toString());
            assertThat(prompt.hostKeyQuestions).isEmpty();
            assertThat(prompt.passphraseQuestions).isEmpty();
            assertThat(Files.readString(knownHosts)).isEqualTo(content);
        }
    }
}
