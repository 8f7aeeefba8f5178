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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LogFeedIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "pth-logs-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private final List<String> services = new ArrayList<>();
    private final List<LogFeed> feeds = new ArrayList<>();
    private HostSession session;

    @TempDir
    Path home;

    @BeforeEach
    void connect() {
        HostProfile p = HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterEach
    void cleanUp() {
        feeds.forEach(LogFeed::cancel);
        for (String s : services) {
            try {
                ENV.docker("service", "rm", s);
            } catch (RuntimeException ignored) {
                // gone already
            }
        }
        for (String c : containers) {
            try {
                ENV.docker("rm", "-f", c);
            } catch (RuntimeException ignored) {
                // gone already
            }
        }
        session.close();
    }

    private LogSource container(String suffix, String script) {
        String name = run + "-" + suffix;
        containers.add(name);
        String id = ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, ENV.image(), "sh", "-c", script);
        return LogSource.container(id, name);
    }

    private LogBuffer read(List<LogSource> sources, LogOptions options) {
        LogBuffer buffer = new LogBuffer(sources);
        LogFeed feed = LogFeed.start(sources, () -> session, options, buffer);
        feeds.add(feed);
        if (!options.follow()) {
            feed.done().orTimeout(60, TimeUnit.SECONDS).join();
        }
        return buffer;
    }

    private static List<String> texts(LogBuffer b) {
        return b.lines(b.firstSequence(), b.nextSequence()).stream().map(LogLine::text).toList();
    }

    private void awaitExit(String name) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ENV.docker("inspect", "-f", "{{.State.Status}}", name).equals("exited"));
    }

    @Test
    void followingShowsLinesAsTheContainerWritesThemUntilCancelled() {
        LogSource s = container("follow", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.1; done");
        LogBuffer buffer = read(List.of(s), LogOptions.following(null));
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.size() >= 10);
        int seen = buffer.size();
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.size() >= seen + 10);
        List<String> t = texts(buffer);
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.get(i)).isEqualTo("tick " + (i + 1));
        }
        LogFeed feed = feeds.get(0);
        feed.cancel();
        assertThat(feed.done()).succeedsWithin(Duration.ofSeconds(10));
        int after = buffer.size();
        sleep(600);
        assertThat(buffer.size()).isEqualTo(after);
    }

    @Test
    void tailGivesTheLastLinesAndSinceTheLinesFromThatTimeOn() {
        LogSource s = container("tail", "for i in $(seq 1 50); do echo early $i; done; sleep 2.5; for i in 1 2 3; do echo late $i; done");
        awaitExit(s.name());
        assertThat(texts(read(List.of(s), new LogOptions(false, 5, null, null))))
                .containsExactly("early 49", "early 50", "late 1", "late 2", "late 3");
        String stamped = Arrays.stream(ENV.docker("logs", "--timestamps", s.name()).split("\n"))
                .filter(l -> l.endsWith(" late 1")).findFirst().orElseThrow();
        long since = LogTime.parse(stamped.substring(0, stamped.indexOf(' ')), java.time.Instant.now(), java.time.ZoneOffset.UTC);
        assertThat(texts(read(List.of(s), new LogOptions(false, null, since, null)))).containsExactly("late 1", "late 2", "late 3");
        assertThat(texts(read(List.of(s), new LogOptions(false, 0, null, null)))).isEmpty();
    }

    @Test
    void twoContainersMergeInTimestampOrderEachLineTaggedWithItsSource() {
        LogSource a = container("a", "for i in $(seq 1 40); do echo a $i; sleep 0.03; done");
        LogSource b = container("b", "for i in $(seq 1 40); do echo b $i; sleep 0.05; done");
        awaitExit(a.name());
        awaitExit(b.name());
        LogBuffer buffer = read(List.of(a, b), LogOptions.all());
        List<LogLine> lines = buffer.lines(buffer.firstSequence(), buffer.nextSequence());
        assertThat(lines).hasSize(80);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).epochNanos()).isGreaterThanOrEqualTo(lines.get(i - 1).epochNanos());
        }
        assertThat(lines).allMatch(l -> l.text().startsWith(l.source() == a ? "a " : "b "));
        assertThat(lines.stream().filter(l -> l.source() == a).map(LogLine::text))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "a " + i).toList());
        // interleaved, not one after the other
        int lastA = lines.size() - 1;
        while (lines.get(lastA).source() != a) {
            lastA--;
        }
        assertThat(lines.subList(0, lastA)).anyMatch(l -> l.source() == b);
    }

    @Test
    void followingTwoContainersKeepsTimestampOrder() {
        LogSource a = container("fa", "i=0; while true; do i=$((i+1)); echo a $i; sleep 0.02; done");
        LogSource b = container("fb", "i=0; while true; do i=$((i+1)); echo b $i; sleep 0.5; done");
        LogBuffer buffer = read(List.of(a, b), LogOptions.following(null));
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.lines(0, buffer.nextSequence()).stream()
                .filter(l -> l.source() == b).count() >= 4);
        List<LogLine> lines = buffer.lines(buffer.firstSequence(), buffer.nextSequence());
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).epochNanos()).as("line %d of %d", i, lines.size())
                    .isGreaterThanOrEqualTo(lines.get(i - 1).epochNanos());
        }
    }

    @Test
    void stderrIsToldFromStdout() {
        LogSource s = container("err", "echo to-out; echo to-err >&2; echo out-again");
        awaitExit(s.name());
        LogBuffer buffer = read(List.of(s), LogOptions.all());
        assertThat(buffer.lines(0, 10)).extracting(LogLine::text, LogLine::stream).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("to-out", LogStream.STDOUT),
                org.assertj.core.groups.Tuple.tuple("to-err", LogStream.STDERR),
                org.assertj.core.groups.Tuple.tuple("out-again", LogStream.STDOUT));
    }

    @Test
    void ansiColoursComeThroughAndAreParsedIntoStyles() {
        LogSource s = container("ansi", "printf '\\033[1;31mFAILED\\033[0m step 2\\n\\033[32mok\\033[0m\\n'");
        awaitExit(s.name());
        List<String> t = texts(read(List.of(s), LogOptions.all()));
        assertThat(t).hasSize(2);
        AnsiText failed = AnsiText.parse(t.get(0));
        assertThat(failed.plain()).isEqualTo("FAILED step 2");
        assertThat(failed.spans()).containsExactly(new StyleSpan(0, 6, 0xcd3131, -1, true, false, false));
        assertThat(AnsiText.parse(t.get(1)).spans()).extracting(StyleSpan::foreground).containsExactly(0x0dbc79);
    }

    @Test
    void aRestartedContainerResumesWithNoLineRepeatedOrMissing() {
        // numbered across restarts: the count lives in the container's file system
        LogSource s = container("resume", "n=$(cat /tmp/n 2>/dev/null || echo 0); while true; do n=$((n+1)); echo $n > /tmp/n.next; mv /tmp/n.next /tmp/n; echo line $n; sleep 0.01; done");
        LogBuffer buffer = read(List.of(s), LogOptions.following(null));
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.size() >= 100);
        ENV.docker("restart", "-t", "1", s.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(buffer).stream().anyMatch(t -> t.startsWith("— resumed")));
        int after = buffer.size();
        await().atMost(Duration.ofSeconds(20)).until(() -> buffer.size() >= after + 100);
        ENV.docker("stop", "-t", "1", s.name());
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(buffer).stream().anyMatch(t -> t.contains("waiting for it to start again")));
        List<LogLine> lines = buffer.lines(buffer.firstSequence(), buffer.nextSequence());
        List<String> shown = lines.stream().filter(l -> l.stream() != LogStream.MARKER).map(LogLine::text).toList();
        List<String> engine = Arrays.asList(ENV.docker("logs", s.name()).split("\n"));
        assertThat(shown).containsExactlyElementsOf(engine);
        assertThat(lines.stream().filter(l -> l.stream() == LogStream.MARKER).map(LogLine::text))
                .anyMatch(t -> t.startsWith("— resumed: the container"));
    }

    @Test
    void aSwarmServiceGivesTheLogsOfItsTasksEachTaggedAsItsOwnSourceInTimestampOrder() {
        String name = run + "-svc";
        services.add(name);
        ENV.docker("service", "create", "-d", "--name", name, "--label", "io.pilothouse.test=true",
                "--endpoint-mode", "dnsrr", "--replicas", "2", "--restart-condition", "none",
                ENV.image(), "sh", "-c", "for i in 1 2 3; do echo svc line $i; echo svc err $i >&2; done; sleep 3600");
        List<LogSource> sources = new LogTargets(session.docker()).resolve(List.of(name));
        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(LogSourceKind.SERVICE);
            assertThat(s.name()).isEqualTo(name);
        });
        LogBuffer buffer = read(sources, LogOptions.following(null));
        await().atMost(Duration.ofSeconds(60)).until(() -> buffer.size() >= 12);
        List<LogLine> lines = buffer.lines(0, buffer.nextSequence());
        assertThat(lines.stream().filter(l -> l.text().equals("svc line 2"))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.text().startsWith("svc err")).map(LogLine::stream)).containsOnly(LogStream.STDERR);
        // each task is a source of its own, named by its slot, and the details the engine sent are not in the text
        assertThat(buffer.sources()).extracting(LogSource::name).containsExactlyInAnyOrder(name, name + ".1", name + ".2");
        assertThat(lines).extracting(l -> l.source().name()).containsOnly(name + ".1", name + ".2");
        assertThat(lines).extracting(l -> l.source().kind()).containsOnly(LogSourceKind.TASK);
        assertThat(lines).extracting(LogLine::text).allMatch(t -> t.startsWith("svc "));
        for (String task : List.of(name + ".1", name + ".2")) {
            assertThat(lines.stream().filter(l -> l.source().name().equals(task) && l.stream() == LogStream.STDOUT)
                    .map(LogLine::text)).containsExactly("svc line 1", "svc line 2", "svc line 3");
        }

        // read to its end, the same: the feed ends, every task tagged
        LogBuffer whole = read(sources, LogOptions.all());
        List<LogLine> all = whole.lines(0, whole.nextSequence());
        assertThat(all).hasSize(12);
        assertMergedByTimestamp(all);
        assertThat(all).extracting(l -> l.source().name()).containsOnly(name + ".1", name + ".2");
    }

    @Test
    void aStackIsItsComposeProjectsContainersAndUnknownNamesAreNamed() {
        String project = run + "-proj";
        for (String part : List.of("web", "db")) {
            String n = project + "-" + part;
            containers.add(n);
            ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--label", "com.docker.compose.project=" + project,
                    "--name", n, ENV.image(), "sh", "-c", "echo I am " + part);
        }
        List<LogSource> sources = new LogTargets(session.docker()).resolve(List.of(project));
        assertThat(sources).extracting(LogSource::name).containsExactly(project + "-db", project + "-web");
        assertThatThrownBy(() -> new LogTargets(session.docker()).resolve(List.of(run + "-nothing")))
                .hasMessage("No container, swarm service or stack is named " + run + "-nothing on this host.");
    }

    @Test
    void downloadingWritesTheWholeLogWithProgressAndSavingWritesWhatIsLoaded() throws Exception {
        LogSource s = container("dl", "for i in $(seq 1 3000); do echo row $i; done");
        awaitExit(s.name());
        Path file = home.resolve("whole.log");
        List<Long> progress = new ArrayList<>();
        long n = LogDownload.download(List.of(s), () -> session, file, false, progress::add, () -> false);
        assertThat(n).isEqualTo(3000);
        assertThat(progress).isNotEmpty().last().isEqualTo(3000L);
        assertThat(Files.readAllLines(file)).hasSize(3000).startsWith("row 1").endsWith("row 3000");
        LogBuffer buffer = read(List.of(s), new LogOptions(false, 10, null, null));
        Path saved = home.resolve("saved.log");
        assertThat(LogDownload.save(buffer, saved, false, x -> { }, () -> false)).isEqualTo(10);
        assertThat(Files.readAllLines(saved)).startsWith("row 2991").hasSize(10);
        assertThatThrownBy(() -> LogDownload.save(buffer, home.resolve("no/such/dir/x.log"), false, x -> { }, () -> false))
                .hasMessageContaining("does not exist");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The lines are a timestamp merge of their sources: each one taken was the earliest of the sources' next
     * lines. Within one source the engine's order stands: a container's stdout and stderr are stamped by two
     * copiers, so its own lines can be microseconds out of order, as docker logs shows them too.
     */
    private static void assertMergedByTimestamp(List<LogLine> lines) {
        Map<String, java.util.ArrayDeque<LogLine>> rest = new java.util.LinkedHashMap<>();
        lines.forEach(l -> rest.computeIfAbsent(l.source().name(), k -> new java.util.ArrayDeque<>()).add(l));
        for (LogLine line : lines) {
            long earliest = rest.values().stream().filter(q -> !q.isEmpty())
                    .mapToLong(q -> q.peek().epochNanos()).min().orElseThrow();
            assertThat(line.epochNanos()).as("%s '%s' is taken before an earlier line of another source",
                    line.source().name(), line.text()).isLessThanOrEqualTo(earliest);
            rest.get(line.source().name()).poll();
        }
    }
}
