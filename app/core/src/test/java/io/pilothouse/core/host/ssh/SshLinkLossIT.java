package io.pilothouse.core.host.ssh;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** The SSH link breaking under a live connection: noticed, reported, never a hang. */
class SshLinkLossIT {

    @TempDir
    Path home;

    private SshTransport throughRelay(TcpRelay relay) throws Exception {
        String original = "[127.0.0.1]:" + ENV.sshPort() + " ";
        List<String> lines = Files.readAllLines(ENV.sshKnownHosts()).stream()
                .filter(l -> l.startsWith(original))
                .map(l -> "[127.0.0.1]:" + relay.port() + " " + l.substring(original.length()))
                .toList();
        Path knownHosts = Files.write(home.resolve("known_hosts"), lines);
        return new SshTransport(ENV.sshUser(), "127.0.0.1", relay.port(), ENV.sshKey().toString(),
                knownHosts.toString(), ENV.sshRemoteDockerSock());
    }

    @Test
    void linkClosedUnderneathIsNoticedAndTheNextCallFailsWithAConnectionFailure() throws Exception {
        try (TcpRelay relay = new TcpRelay(ENV.sshPort()); SshConnector connector = SshFixtures.connector(home)) {
            SshDockerConnection connection = connector.connect(throughRelay(relay), ConnectOptions.defaults(new RecordingPrompt()));
            DockerClient docker = SshFixtures.docker(connection);
            docker.pingCmd().exec();
            assertThat(connection.isConnected()).isTrue();

            relay.cut();

            await().atMost(Duration.ofSeconds(10)).until(() -> !connection.isConnected());
            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> docker.pingCmd().exec());
            assertThat(failure).isInstanceOf(ConnectionFailure.class);
            assertThat(((ConnectionFailure) failure).kind()).isEqualTo(ConnectionFailure.Kind.DISCONNECTED);
            assertThat(failure.getMessage()).contains("was lost");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            connection.close();
        }
    }

    @Test
    void silentLinkIsDetectedByTheKeepaliveAndARequestInFlightFails() throws Exception {
        try (TcpRelay relay = new TcpRelay(ENV.sshPort()); SshConnector connector = SshFixtures.connector(home)) {
            connector.keepAlive(Duration.ofMillis(500), 2);
            SshDockerConnection connection = connector.connect(throughRelay(relay), ConnectOptions.defaults(new RecordingPrompt()));
            DockerClient docker = SshFixtures.docker(connection);
            docker.pingCmd().exec();

            relay.freeze();
            // this request's answer never comes: the keepalive, not the 30 s response timeout, ends it
            CompletableFuture<Object> inFlight = CompletableFuture.supplyAsync(() -> docker.versionCmd().exec());

            await().atMost(Duration.ofSeconds(10)).until(() -> !connection.isConnected());
            Throwable failure = catchThrowable(() -> inFlight.get(10, TimeUnit.SECONDS));
            assertThat(failure.getCause()).isInstanceOf(ConnectionFailure.class);
            assertThat(((ConnectionFailure) failure.getCause()).kind()).isEqualTo(ConnectionFailure.Kind.DISCONNECTED);

            assertThatThrownBy(() -> docker.pingCmd().exec()).isInstanceOf(ConnectionFailure.class);
            connection.close();
        }
    }
}
