package io.pilothouse.core.host.ssh;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Connecting to the test engine's sshd and talking to its Docker engine through direct-streamlocal channels. */
class SshConnectionIT {

    @TempDir
    Path home;

    @Test
    void ed25519KeyReachesTheEngineAsTheDockerCliSeesIt() throws Exception {
        RecordingPrompt prompt = new RecordingPrompt();
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(SshFixtures.transport(), ConnectOptions.defaults(prompt))) {
            assertThat(connection.isConnected()).isTrue();
            DockerClient docker = SshFixtures.docker(connection);

            Version version = docker.versionCmd().exec();
            assertThat(version.getVersion()).isEqualTo(ENV.docker("version", "--format", "{{.Server.Version}}"));
            assertThat(version.getApiVersion()).isEqualTo(ENV.docker("version", "--format", "{{.Server.APIVersion}}"));

            // other test runs share the engine: compare once the CLI sees the same count twice around our call
            boolean matched = false;
            for (int attempt = 0; attempt < 20 && !matched; attempt++) {
                String before = ENV.docker("info", "--format", "{{.Containers}}");
                int viaSsh = docker.infoCmd().exec().getContainers();
                List<String> ids = docker.listContainersCmd().withShowAll(true).exec().stream()
                        .map(c -> c.getId()).toList();
                String after = ENV.docker("info", "--format", "{{.Containers}}");
                matched = before.equals(after) && Integer.parseInt(before) == viaSsh && ids.size() == viaSsh;
                if (!matched) {
                    Thread.sleep(250);
                }
            }
            assertThat(matched).as("container count over SSH equals the docker CLI's").isTrue();
            assertThat(prompt.passphraseQuestions).isEmpty();
            assertThat(prompt.hostKeyQuestions).isEmpty();
        }
    }

    @Test
    void closeIsIdempotentAndLaterCallsFailWithAConnectionFailure() {
        SshConnector connector = SshFixtures.connector(home);
        SshDockerConnection connection = connector.connect(SshFixtures.transport(), ConnectOptions.defaults(new RecordingPrompt()));
        DockerClient docker = SshFixtures.docker(connection);
        docker.pingCmd().exec();
        connection.close();
        connection.close();
        assertThat(connection.isConnected()).isFalse();
        ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () -> docker.pingCmd().exec());
        assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.DISCONNECTED);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + ENV.sshPort());
    }

    @Test
    void rsaKeyWithThePassphraseGivenOnceIsNotAskedAgainOnReconnect() {
        RecordingPrompt prompt = RecordingPrompt.answering(ENV.rsaPassphrase());
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectOptions options = ConnectOptions.defaults(prompt);
            try (SshDockerConnection first = connector.connect(SshFixtures.transport(ENV.sshKeyRsa(), ENV.sshKnownHosts()), options)) {
                SshFixtures.docker(first).pingCmd().exec();
            }
            try (SshDockerConnection second = connector.connect(SshFixtures.transport(ENV.sshKeyRsa(), ENV.sshKnownHosts()), options)) {
                SshFixtures.docker(second).pingCmd().exec();
            }
            assertThat(prompt.passphraseQuestions)
                    .containsExactly(new RecordingPrompt.PassphraseQuestion(ENV.sshKeyRsa().toString(), false));
            // what the prompt handed over was wiped after use
            assertThat(prompt.handedOut).allSatisfy(chars -> assertThat(new String(chars)).isEqualTo("\0".repeat(chars.length)));

            connector.forgetPassphrases();
            prompt = RecordingPrompt.answering(ENV.rsaPassphrase());
            try (SshDockerConnection third = connector.connect(SshFixtures.transport(ENV.sshKeyRsa(), ENV.sshKnownHosts()),
                    ConnectOptions.defaults(prompt))) {
                assertThat(third.isConnected()).isTrue();
            }
            assertThat(prompt.passphraseQuestions).hasSize(1);
        }
    }

    @Test
    void wrongPassphraseThreeTimesIsSshWrongPassphrase() {
        RecordingPrompt prompt = RecordingPrompt.answering("wrong-1", "wrong-2", "wrong-3", "never-asked");
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(ENV.sshKeyRsa(), ENV.sshKnownHosts()), ConnectOptions.defaults(prompt)));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_WRONG_PASSPHRASE);
            assertThat(failure.getMessage()).contains(ENV.sshKeyRsa().toString()).contains("3 times");
            assertThat(prompt.passphraseQuestions).extracting(RecordingPrompt.PassphraseQuestion::retry)
                    .containsExactly(false, true, true);
        }
    }

    @Test
    void noPassphraseGivenIsSshPassphraseRequired() {
        RecordingPrompt prompt = RecordingPrompt.answering();
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(ENV.sshKeyRsa(), ENV.sshKnownHosts()), ConnectOptions.defaults(prompt)));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_PASSPHRASE_REQUIRED);
            assertThat(failure.getMessage()).contains(ENV.sshKeyRsa().toString());
            assertThat(prompt.passphraseQuestions).hasSize(1);
        }
    }

    @Test
    void keyNotAuthorisedIsSshAuthFailedNamingUserHostAndKey() throws Exception {
        Path key = SshFixtures.freshKey(home, "stranger");
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(key, ENV.sshKnownHosts()), ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_AUTH_FAILED);
            assertThat(failure.getMessage()).contains(ENV.sshUser()).contains("127.0.0.1:" + ENV.sshPort()).contains(key.toString());
        }
    }

    @Test
    void invalidKeyFileIsSshKeyInvalid() throws Exception {
        Path notAKey = Files.writeString(home.resolve("not-a-key"), "hello, I am not a key\n");
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(notAKey, ENV.sshKnownHosts()), ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_KEY_INVALID);
            assertThat(failure.getMessage()).contains(notAKey.toString());

            ConnectionFailure missing = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(SshFixtures.transport(home.resolve("missing"), ENV.sshKnownHosts()),
                            ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(missing.kind()).isEqualTo(ConnectionFailure.Kind.SSH_KEY_INVALID);
            assertThat(missing.getMessage()).contains("no such file");
        }
    }

    @Test
    void closingTheDockerClientClosesTheSshConnection() throws Exception {
        try (SshConnector connector = SshFixtures.connector(home)) {
            SshDockerConnection connection = connector.connect(SshFixtures.transport(), ConnectOptions.defaults(new RecordingPrompt()));
            DockerClient docker = SshFixtures.docker(connection);
            docker.pingCmd().exec();
            docker.close();
            assertThat(connection.isConnected()).isFalse();
            connection.close();
        }
    }
}
