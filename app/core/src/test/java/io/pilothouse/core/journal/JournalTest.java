package io.pilothouse.core.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {

    @TempDir
    Path tmp;

    private Path file() {
        return tmp.resolve("data").resolve("pilothouse").resolve("journal.jsonl");
    }

    private static JournalEntry entry(String event, int n) {
        return new JournalEntry(Instant.parse("2026-11-22T01:02:03Z"), "alice", "web-" + n, "staging", event,
                "Something happened to web-" + n, Map.of("n", String.valueOf(n), "padding", "x".repeat(300)));
    }

    @Test
    void appendsAndReadsBackInOrderCreatingPrivateFile() throws Exception {
        Journal journal = new Journal(file());
        journal.append(entry("host.added", 1));
        journal.append(entry("host.removed", 2));

        assertThat(journal.readAll()).containsExactly(entry("host.added", 1), entry("host.removed", 2));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{").endsWith("}").contains("\"time\":\"2026-11-22T01:02:03Z\"");
    }

    @Test
    void missingJournalReadsEmpty() {
        assertThat(new Journal(file()).readAll()).isEmpty();
    }

    @Test
    void concurrentAppendsFromThreadsAndSeparateInstancesKeepEveryLineWhole() throws Exception {
        int threads = 8;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            // half the writers share one Journal, half have their own (as the app and the CLI would)
            Journal journal = t % 2 == 0 ? new Journal(file()) : null;
            futures.add(pool.submit(() -> {
                Journal j = journal != null ? journal : new Journal(file());
                start.await();
                for (int i = 0; i < perThread; i++) {
                    j.append(entry("load", base + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(threads * perThread);
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            seen.add(mapper.readTree(line).path("details").path("n").asText());
        }
        assertThat(seen).hasSize(threads * perThread);
        assertThat(new Journal(file()).readAll()).hasSize(threads * perThread);
    }

    @Test
    void appendsFromSeveralProcessesKeepEveryLineWhole() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    JournalWriterProcess.class.getName(), file().toString(), "p" + p, "200")
                    .redirectErrorStream(true).start());
        }
        Journal journal = new Journal(file());
        for (int i = 0; i < 200; i++) {
            journal.append(entry("in-process", i));
        }
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        }
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(800);
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNodeView v = new JsonNodeView(mapper.readTree(line));
            seen.add(v.writer() + "/" + v.n());
        }
        assertThat(seen).hasSize(800);
        assertThat(journal.readAll()).hasSize(800);
    }

    private record JsonNodeView(com.fasterxml.jackson.databind.JsonNode node) {
        String writer() {
            return node.path("details").path("writer").asText("main");
        }

        String n() {
            return node.path("details").path("n").asText();
        }
    }

    @Test
    void tornLastLineIsLeftOutAndTheNextEntryStartsOnItsOwnLine() throws Exception {
        Journal journal = new Journal(file());
        journal.append(entry("host.added", 1));
        Files.writeString(file(), "{\"time\":\"2026-11-22T01:02:03Z\",\"user\":\"al", StandardOpenOption.APPEND);

        assertThat(journal.readAll()).containsExactly(entry("host.added", 1));

        journal.append(entry("host.added", 2));
        assertThat(journal.readAll()).containsExactly(entry("host.added", 1), entry("host.added", 2));
    }

    @Test
    void entryNowCarriesTheOsUserAndHostEnvironment() {
        HostProfile host = HostProfile.create("db", new UnixSocketTransport("/run/docker.sock"), Environment.PRODUCTION);
        JournalEntry e = JournalEntry.now(host, "host.added", "Added", Map.of());
        assertThat(e.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(e.host()).isEqualTo("db");
        assertThat(e.environment()).isEqualTo("production");
        assertThat(e.time()).isBetween(Instant.now().minusSeconds(5), Instant.now());
    }

    @Test
    void connectionOutcomesAreJournaled() {
        Journal journal = new Journal(file());
        ConnectionJournal connections = new ConnectionJournal(journal);
        HostProfile host = HostProfile.create("db", new UnixSocketTransport("/run/docker.sock"), Environment.STAGING);
        connections.connected(host, new EngineInfo("24.0.7", "1.43", "linux", "amd64", "manager", 3, 1, "node1",
                Duration.ofMillis(42)));
        connections.connectFailed(host, new ConnectionFailure(ConnectionFailure.Kind.SOCKET_MISSING,
                "There is no Docker socket at /run/docker.sock"));

        List<JournalEntry> all = journal.readAll();
        assertThat(all).extracting(JournalEntry::event).containsExactly("host.connected", "host.connect-failed");
        assertThat(all.get(0).details()).containsEntry("engineVersion", "24.0.7").containsEntry("latencyMs", "42")
                .containsEntry("url", "unix:///run/docker.sock");
        assertThat(all.get(1).details()).containsEntry("kind", "SOCKET_MISSING")
                .containsEntry("message", "There is no Docker socket at /run/docker.sock");
        assertThat(all.get(1).summary()).isEqualTo("There is no Docker socket at /run/docker.sock");
    }
}
