package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where the login comes from when the profile names no key: ~/.ssh/config, ssh-agent, the default key files. */
class SshKeySourcesIT {

    @TempDir
    Path home;

    private Path sshDir() throws Exception {
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
        Files.copy(ENV.sshKnownHosts(), ssh.resolve("known_hosts"));
        return ssh;
    }

    @Test
    void sshConfigAliasGivesHostNamePortUserAndIdentityFile() throws Exception {
        Path ssh = sshDir();
        Files.writeString(ssh.resolve("config"), """
                # written by the test
                Host unrelated
                    HostName 127.0.0.2
                    Port 1

                Host pilothouse-alias
                    HostName %s
                    Port %d
                    User %s
                    IdentityFile %s
                """.formatted(ENV.sshHost(), ENV.sshPort(), ENV.sshUser(), ENV.sshKey()));
        SshTransport alias = new SshTransport(null, "pilothouse-alias", null, null, null, ENV.sshRemoteDockerSock());
        RecordingPrompt prompt = new RecordingPrompt();
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(alias, ConnectOptions.defaults(prompt))) {
            assertThat(connection.description()).isEqualTo(ENV.sshUser() + "@127.0.0.1:" + ENV.sshPort() + " (pilothouse-alias)");
            assertThat(connection.knownHostsFile()).isEqualTo(ssh.resolve("known_hosts"));
            assertThat(SshFixtures.docker(connection).versionCmd().exec().getVersion())
                    .isEqualTo(ENV.docker("version", "--format", "{{.Server.Version}}"));
            assertThat(prompt.hostKeyQuestions).isEmpty();
        }
    }

    @Test
    void defaultKeyFileInTheSshDirectoryIsUsedWhenNothingElseIsNamed() throws Exception {
        Path ssh = sshDir();
        Files.copy(ENV.sshKey(), ssh.resolve("id_ed25519"));
        SshTransport noKey = new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), null, null, ENV.sshRemoteDockerSock());
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(noKey, ConnectOptions.defaults(new RecordingPrompt()))) {
            SshFixtures.docker(connection).pingCmd().exec();
        }
    }

    @Test
    void encryptedDefaultKeyAsksForItsPassphraseAndAnUnauthorisedOneIsNamedInTheFailure() throws Exception {
        Path ssh = sshDir();
        Files.copy(ENV.sshKeyRsa(), ssh.resolve("id_rsa"));
        SshTransport noKey = new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), null, null, ENV.sshRemoteDockerSock());
        RecordingPrompt prompt = RecordingPrompt.answering(ENV.rsaPassphrase());
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(noKey, ConnectOptions.defaults(prompt))) {
            SshFixtures.docker(connection).pingCmd().exec();
            assertThat(prompt.passphraseQuestions).extracting(RecordingPrompt.PassphraseQuestion::keyFile)
                    .containsExactly(ssh.resolve("id_rsa").toString());
        }

        Path other = Files.createDirectories(home.resolve("other"));
        Path otherSsh = Files.createDirectories(other.resolve(".ssh"));
        Files.copy(ENV.sshKnownHosts(), otherSsh.resolve("known_hosts"));
        Path stranger = SshFixtures.freshKey(otherSsh, "id_ecdsa");
        try (SshConnector connector = SshFixtures.connector(other)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(noKey, ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_AUTH_FAILED);
            assertThat(failure.getMessage()).contains(stranger.toString()).contains(ENV.sshUser()).contains("127.0.0.1");
        }
    }

    @Test
    void noKeyAnywhereSaysWhereItLooked() throws Exception {
        sshDir();
        SshTransport noKey = new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), null, null, ENV.sshRemoteDockerSock());
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(noKey, ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_AUTH_FAILED);
            assertThat(failure.getMessage()).contains("SSH_AUTH_SOCK").contains(home.resolve(".ssh/id_ed25519").toString());
        }
    }

    @Test
    void sshAgentKeysAreUsedWhenSshAuthSockIsSet() throws Exception {
        sshDir();
        Path agentDir = Files.createTempDirectory("pilothouse-agent");
        Path socket = agentDir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(socket) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", ENV.sshKey().toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process adding = add.start();
            String out = new String(adding.getInputStream().readAllBytes());
            assertThat(adding.waitFor(10, TimeUnit.SECONDS) && adding.exitValue() == 0).as(out).isTrue();

            SshTransport noKey = new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), null, null, ENV.sshRemoteDockerSock());
            try (SshConnector connector = new SshConnector(SshFixtures.dirs(home), Map.of("SSH_AUTH_SOCK", socket.toString()));
                 SshDockerConnection connection = connector.connect(noKey, ConnectOptions.defaults(new RecordingPrompt()))) {
                SshFixtures.docker(connection).pingCmd().exec();
            }
            // the user's agent keeps its keys after the connection is closed
            ProcessBuilder list = new ProcessBuilder("ssh-add", "-L").redirectErrorStream(true);
            list.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process listing = list.start();
            String keys = new String(listing.getInputStream().readAllBytes());
            assertThat(listing.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(keys).contains(Files.readString(Path.of(ENV.sshKey() + ".pub")).trim().split(" ")[1]);
        } finally {
            agent.destroy();
            agent.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(socket);
            Files.deleteIfExists(agentDir);
        }
    }
}
