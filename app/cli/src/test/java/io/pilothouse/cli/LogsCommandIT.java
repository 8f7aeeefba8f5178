package io.pilothouse.cli;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** pilothouse logs against the test engine. */
class LogsCommandIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "pth-logs-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (String c : made) {
            try {
                env.docker("rm", "-f", c);
            } catch (RuntimeException ignored) {
                // already removed
            }
        }
    }

    private String start(String name, String script) {
        launch(name, script);
        awaitExit(name);
        return name;
    }

    private String launch(String name, String script) {
        made.add(name);
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, env.image(), "sh", "-c", script);
        return name;
    }

    private void awaitExit(String name) {
        await().until(() -> env.docker("inspect", "-f", "{{.State.Status}}", name).equals("exited"));
    }

    private CliRunner cli() {
        CliRunner cli = new CliRunner(root);
        assertThat(cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock()).exit()).isZero();
        return cli;
    }

    @Test
    void mergesTwoContainersWithAPrefixAndNoColourOffATerminal() {
        String a = launch(run + "-a", "sleep 1; for i in 1 2 3; do printf '\\033[31ma %s\\033[0m\\n' $i; sleep 0.4; done");
        String b = launch(run + "-bb", "sleep 1.2; for i in 1 2 3; do echo b $i >&2; sleep 0.4; done");
        awaitExit(a);
        awaitExit(b);
        CliRunner.Result r = cli().run("logs", "local", a, b, "--timestamps");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6).noneMatch(l -> l.contains("\u001b"));
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(" | ")) + l.substring(l.lastIndexOf(' ', l.length() - 3)))).containsExactlyInAnyOrder(
                a + "  a 1", a + "  a 2", a + "  a 3", b + " b 1", b + " b 2", b + " b 3");
        List<java.time.Instant> times = lines.stream().map(l -> l.substring(l.indexOf(" | ") + 3))
                .map(l -> java.time.Instant.parse(l.substring(0, l.indexOf(' ')))).toList();
        assertThat(times).isSorted();
    }

    @Test
    void tailGrepAndTimestamps() {
        String a = start(run + "-one", "for i in $(seq 1 20); do echo row $i; done");
        CliRunner.Result r = cli().run("logs", "local", a, "--tail", "5", "--grep", "row 1[6-9]", "--timestamps");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(4).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z row 1[6-9]"));
    }

    @Test
    void badInputIsNamedAndExitsTwo() {
        String a = start(run + "-bad", "echo x");
        CliRunner cli = cli();
        CliRunner.Result regex = cli.run("logs", "local", a, "--grep", "(x");
        assertThat(regex.exit()).isEqualTo(2);
        assertThat(regex.err()).contains("--grep: Not a valid regular expression");
        CliRunner.Result since = cli.run("logs", "local", a, "--since", "last tuesday");
        assertThat(since.exit()).isEqualTo(2);
        assertThat(since.err()).contains("--since: Not a time: \"last tuesday\"");
        CliRunner.Result missing = cli.run("logs", "local", run + "-nothing");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("No container, swarm service or stack is named " + run + "-nothing on this host.");
        CliRunner.Result tail = cli.run("logs", "local", a, "--tail", "-3");
        assertThat(tail.exit()).isEqualTo(2);
        assertThat(tail.err()).contains("--tail takes a number of lines, 0 or more, not -3.");
    }

    @Test
    void followPrintsNewLinesUntilStopped() {
        made.add(run + "-f");
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", run + "-f", env.image(), "sh", "-c",
                "i=0; while true; do i=$((i+1)); echo beat $i; sleep 0.2; done");
        CliRunner.Result r = cli().run("logs", "local", run + "-f", "--follow", "--for", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.size()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo("beat " + (i + 1));
        }
    }
}
