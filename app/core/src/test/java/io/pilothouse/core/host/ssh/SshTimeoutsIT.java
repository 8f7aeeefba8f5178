package io.pilothouse.core.host.ssh;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** The response timeout bounds the wait for an answer, not the life of a stream. */
class SshTimeoutsIT {

    @TempDir
    Path home;

    @Test
    void engineThatNeverAnswersTimesOutAfterTheResponseTimeout() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pilothouse-ssh-it-");
        Path socket = dir.resolve("silent.sock");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            silent.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            SshTransport transport = new SshTransport(ENV.sshUser(), ENV.sshHost(), ENV.sshPort(), ENV.sshKey().toString(),
                    ENV.sshKnownHosts().toString(), socket.toString());
            ConnectOptions options = new ConnectOptions(new RecordingPrompt(), Duration.ofSeconds(10), Duration.ofSeconds(1));
            try (SshConnector connector = SshFixtures.connector(home);
                 SshDockerConnection connection = connector.connect(transport, options)) {
                long started = System.nanoTime();
                ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class,
                        () -> SshFixtures.docker(connection).pingCmd().exec());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.TIMEOUT);
                assertThat(failure.getMessage()).contains("1 second").contains("_ping");
                assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
                assertThat(connection.isConnected()).isTrue();
            }
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void followedLogsOutliveTheResponseTimeoutAndBigStreamsArriveWhole() throws Exception {
        ConnectOptions options = new ConnectOptions(new RecordingPrompt(), Duration.ofSeconds(10), Duration.ofSeconds(1));
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(SshFixtures.transport(), options)) {
            DockerClient docker = SshFixtures.docker(connection);
            String container = docker.createContainerCmd(ENV.image())
                    .withCmd("sh", "-c", "echo first; sleep 3; echo second; sleep 300")
                    .withLabels(Map.of("io.pilothouse.test", "true"))
                    .exec().getId();
            try {
                docker.startContainerCmd(container).exec();
                StringBuilder logs = new StringBuilder();
                AtomicReference<Throwable> error = new AtomicReference<>();
                ResultCallback.Adapter<Frame> follow = docker.logContainerCmd(container)
                        .withStdOut(true).withStdErr(true).withFollowStream(true)
                        .exec(new ResultCallback.Adapter<>() {
                            @Override
                            public void onNext(Frame frame) {
                                synchronized (logs) {
                                    logs.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                                }
                            }

                            @Override
                            public void onError(Throwable throwable) {
                                error.set(throwable);
                            }
                        });
                // three seconds of silence on the stream, three times the response timeout
                await().atMost(Duration.ofSeconds(15)).until(() -> {
                    synchronized (logs) {
                        return logs.toString().equals("first\nsecond\n");
                    }
                });
                assertThat(error.get()).isNull();
                follow.close();

                // 30 MB through one channel while the reader is slower than the engine
                String exec = docker.execCreateCmd(container).withAttachStdout(true)
                        .withCmd("head", "-c", "31457280", "/dev/zero").exec().getId();
                AtomicLong received = new AtomicLong();
                ResultCallback.Adapter<Frame> big = docker.execStartCmd(exec).exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        received.addAndGet(frame.getPayload().length);
                    }
                });
                assertThat(big.awaitCompletion(60, TimeUnit.SECONDS)).isTrue();
                assertThat(received.get()).isEqualTo(31_457_280L);
                assertThat(connection.isConnected()).isTrue();
            } finally {
                docker.removeContainerCmd(container).withForce(true).exec();
            }
        }
    }
}
