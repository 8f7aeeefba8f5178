package io.pilothouse.core.logs;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine's daemon is stopped and started again under a followed log (on an engine of its own,
 * so no other test loses its engine): the stream comes back by itself, says it resumed, and the
 * lines shown are exactly the engine's — numbered by the container, none repeated, none missing.
 */
class LogDaemonRestartIT {

    private static final TestEnv ENGINE = TestEnv.restartable();
    private final String name = "log-daemon-" + UUID.randomUUID().toString().substring(0, 8);
    private HostSession session;
    private LogFeed feed;

    @TempDir
    Path home;

    @AfterEach
    void cleanUp() {
        if (feed != null) {
            feed.cancel();
        }
        try {
            ENGINE.docker("rm", "-f", name);
        } catch (RuntimeException ignored) {
            // gone already
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aFollowedLogResumesAfterTheDaemonRestartsWithNoLineRepeatedOrMissing() {
        // numbered across restarts: the count lives in the container's file system, replaced by a rename so
        // that a kill cannot leave it empty (a truncated file restarted the count at 1); the daemon starts it again
        String id = ENGINE.docker("run", "-d", "--restart", "always", "--label", "io.pilothouse.test=true", "--name", name,
                ENGINE.image(), "sh", "-c",
                "n=$(cat /tmp/n 2>/dev/null || echo 0); while true; do n=$((n+1)); echo $n > /tmp/n.next; mv /tmp/n.next /tmp/n; echo line $n; sleep 0.01; done");
        HostProfile p = HostProfile.create(name + "-host", new UnixSocketTransport(ENGINE.dockerSock()), Environment.DEVELOPMENT);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
        List<LogSource> sources = List.of(LogSource.container(id, name));
        LogBuffer buffer = new LogBuffer(sources);
        feed = LogFeed.start(sources, () -> session, LogOptions.following(null), buffer);
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.size() >= 100);

        ENGINE.restartDaemon();

        await().atMost(Duration.ofSeconds(60)).until(() -> texts(buffer).stream().anyMatch(t -> t.startsWith("— resumed")));
        int after = buffer.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> buffer.size() >= after + 100);
        ENGINE.docker("update", "--restart", "no", name);
        ENGINE.docker("stop", "-t", "1", name);
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(buffer).stream().anyMatch(t -> t.contains("waiting for it to start again")));

        List<LogLine> lines = buffer.lines(buffer.firstSequence(), buffer.nextSequence());
        List<String> shown = lines.stream().filter(l -> l.stream() != LogStream.MARKER).map(LogLine::text).toList();
        List<String> engine = Arrays.asList(ENGINE.docker("logs", name).split("\n"));
        assertThat(shown).as("exactly the engine's lines").containsExactlyElementsOf(engine);
        // the container numbers its lines; the daemon may kill it between counting and printing, never twice
        for (int i = 1; i < shown.size(); i++) {
            assertThat(number(shown.get(i))).as("line after %s", shown.get(i - 1)).isGreaterThan(number(shown.get(i - 1)));
        }
        assertThat(number(shown.get(0))).isEqualTo(1);
        assertThat(lines.stream().filter(l -> l.stream() == LogStream.MARKER).map(LogLine::text))
                .anyMatch(t -> t.startsWith("— resumed"));
    }

    private static int number(String line) {
        return Integer.parseInt(line.substring("line ".length()));
    }

    private static List<String> texts(LogBuffer b) {
        return b.lines(b.firstSequence(), b.nextSequence()).stream().map(LogLine::text).toList();
    }
}
