package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the remote end says about the Docker socket, told apart through an exec on the same session. */
class SshRemoteSocketIT {

    @TempDir
    Path home;

    private SshTransport transportTo(String socket) {
        return new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), ENV.sshKey().toString(),
                ENV.sshKnownHosts().toString(), socket);
    }

    @Test
    void missingRemoteSocketIsRemoteSocketMissing() {
        String socket = "/tmp/pilothouse-no-such-dir-" + ProcessHandle.current().pid() + "/it's docker.sock";
        try (SshConnector connector = SshFixtures.connector(home)) {
            ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                    connector.connect(transportTo(socket), ConnectOptions.defaults(new RecordingPrompt())));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.REMOTE_SOCKET_MISSING);
            assertThat(failure.getMessage()).contains(socket).contains("127.0.0.1:" + ENV.sshPort());
        }
    }

    @Test
    void socketTheUserMayNotOpenIsRemoteSocketPermissionDenied() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pilothouse-ssh-it-");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path socket = dir.resolve("docker.sock");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                assertThat(Files.getOwner(socket).getName()).isEqualTo("root");

                try (SshConnector connector = SshFixtures.connector(home)) {
                    ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                            connector.connect(transportTo(socket.toString()), ConnectOptions.defaults(new RecordingPrompt())));
                    assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.REMOTE_SOCKET_PERMISSION_DENIED);
                    assertThat(failure.getMessage()).contains(socket.toString()).contains(ENV.sshUser()).contains("docker group");
                }
            } finally {
                Files.deleteIfExists(socket);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void socketFileNobodyListensOnIsReportedAsAnEngineNotRunning() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pilothouse-ssh-it-");
        Path socket = dir.resolve("docker.sock");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
            }
            // the socket file stays behind, as after an engine that died
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            try (SshConnector connector = SshFixtures.connector(home)) {
                ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                        connector.connect(transportTo(socket.toString()), ConnectOptions.defaults(new RecordingPrompt())));
                assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.REMOTE_SOCKET_MISSING);
                assertThat(failure.getMessage()).contains(socket.toString()).contains("nothing answers");
            }
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }
}
