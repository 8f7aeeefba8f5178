package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Failures before any SSH is spoken, on loopback sockets only. */
class SshNetworkFailureTest {

    @TempDir
    Path home;

    private ConnectionFailure connect(String host, int port, Duration timeout) {
        SshConnector connector = new SshConnector(SshFixturesForUnits.dirs(home), Map.of());
        ConnectOptions options = ConnectOptions.defaults(new RecordingPrompt()).withConnectTimeout(timeout);
        return catchThrowableOfType(ConnectionFailure.class, () ->
                connector.connect(new SshTransport("pilot", host, port, null, null, null), options));
    }

    @Test
    void nothingListeningIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ConnectionFailure failure = connect("127.0.0.1", port, Duration.ofSeconds(5));
        assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.CONNECTION_REFUSED);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + port);
    }

    @Test
    void serverThatNeverSpeaksIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            ConnectionFailure failure = connect("127.0.0.1", silent.getLocalPort(), Duration.ofSeconds(1));
            assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.TIMEOUT);
            assertThat(failure.getMessage()).contains("127.0.0.1:" + silent.getLocalPort()).contains("1 second");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void unresolvableNameIsNameUnresolved() {
        ConnectionFailure failure = connect("no-such-host.invalid", 22, Duration.ofSeconds(5));
        assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.NAME_UNRESOLVED);
        assertThat(failure.getMessage()).contains("no-such-host.invalid:22");
    }
}
