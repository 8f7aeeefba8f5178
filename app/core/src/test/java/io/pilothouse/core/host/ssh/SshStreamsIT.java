package io.pilothouse.core.host.ssh;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.pilothouse.core.host.ConnectOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many channels at once over one SSH session: parallel requests beside a long hijacked exec stream. */
class SshStreamsIT {

    @TempDir
    Path home;

    @Test
    void twentyParallelRequestsWhileAnExecWithStdinEchoesWhatIsWritten() throws Exception {
        try (SshConnector connector = SshFixtures.connector(home);
             SshDockerConnection connection = connector.connect(SshFixtures.transport(), ConnectOptions.defaults(new RecordingPrompt()))) {
            DockerClient docker = SshFixtures.docker(connection);
            String container = docker.createContainerCmd(ENV.image())
                    .withCmd("sleep", "300")
                    .withLabels(Map.of("io.pilothouse.test", "true"))
                    .exec().getId();
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                docker.startContainerCmd(container).exec();
                ExecCreateCmdResponse exec = docker.execCreateCmd(container)
                        .withCmd("cat")
                        .withAttachStdin(true).withAttachStdout(true).withAttachStderr(true)
                        .exec();
                QueueInputStream stdin = new QueueInputStream();
                ByteArrayOutputStream stdout = new ByteArrayOutputStream();
                ResultCallback.Adapter<Frame> stream = docker.execStartCmd(exec.getId()).withStdIn(stdin)
                        .exec(new ResultCallback.Adapter<>() {
                            @Override
                            public void onNext(Frame frame) {
                                if (frame.getStreamType() == StreamType.STDOUT) {
                                    synchronized (stdout) {
                                        stdout.writeBytes(frame.getPayload());
                                    }
                                }
                            }
                        });

                stdin.offer("first line over ssh\n".getBytes(StandardCharsets.UTF_8));
                await().atMost(Duration.ofSeconds(15)).until(() -> text(stdout).equals("first line over ssh\n"));

                // 20 requests released together, each on its own pooled channel, while the exec stream stays open
                CyclicBarrier start = new CyclicBarrier(20);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return switch (n % 3) {
                            case 0 -> docker.versionCmd().exec().getVersion();
                            case 1 -> docker.inspectContainerCmd(container).exec().getState().getStatus();
                            default -> String.valueOf(docker.listContainersCmd().withShowAll(true)
                                    .withLabelFilter(Map.of("io.pilothouse.test", "true")).exec().stream()
                                    .anyMatch(c -> c.getId().equals(container)));
                        };
                    }));
                }
                String version = ENV.docker("version", "--format", "{{.Server.Version}}");
                for (int i = 0; i < results.size(); i++) {
                    String result = results.get(i).get(60, TimeUnit.SECONDS);
                    assertThat(result).isEqualTo(switch (i % 3) {
                        case 0 -> version;
                        case 1 -> "running";
                        default -> "true";
                    });
                }

                byte[] binary = new byte[100_000];
                for (int i = 0; i < binary.length; i++) {
                    binary[i] = (byte) ('a' + i % 26);
                }
                stdin.offer(binary);
                stdin.offer("last line\n".getBytes(StandardCharsets.UTF_8));
                String expected = "first line over ssh\n" + new String(binary, StandardCharsets.UTF_8) + "last line\n";
                await().atMost(Duration.ofSeconds(15)).until(() -> text(stdout).length() >= expected.length());
                assertThat(text(stdout)).isEqualTo(expected);

                // closing stdin half-closes the channel: cat sees the end of its input and exits
                stdin.close();
                assertThat(stream.awaitCompletion(15, TimeUnit.SECONDS)).isTrue();
                await().atMost(Duration.ofSeconds(10)).until(() -> !docker.inspectExecCmd(exec.getId()).exec().isRunning());
                assertThat(docker.inspectExecCmd(exec.getId()).exec().getExitCodeLong()).isZero();
                stream.close();
                assertThat(connection.isConnected()).isTrue();
            } finally {
                pool.shutdownNow();
                docker.removeContainerCmd(container).withForce(true).exec();
            }
        }
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
