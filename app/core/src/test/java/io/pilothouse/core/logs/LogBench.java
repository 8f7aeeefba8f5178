package io.pilothouse.core.logs;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless part of scripts/bench logs: reads a container's whole log through the same feed and
 * buffer the log view uses (best of three), then prints the heap held with every line loaded and
 * the time to the first hit of a search for a line near the end.
 * Arguments: docker socket, container id, expected line count.
 */
public final class LogBench {

    public static void main(String[] args) throws Exception {
        String sock = args[0];
        String id = args[1];
        int expected = Integer.parseInt(args[2]);
        HostProfile p = HostProfile.create("bench", new UnixSocketTransport(sock), Environment.DEVELOPMENT);
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), Files.createTempDirectory("logbench")))
                .connect(p, new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)))) {
            List<LogSource> sources = List.of(LogSource.container(id, "bench"));
            double best = Double.MAX_VALUE;
            LogBuffer buffer = null;
            for (int round = 1; round <= 3; round++) {
                buffer = null;
                System.gc();
                LogBuffer b = new LogBuffer(sources);
                long t0 = System.nanoTime();
                LogFeed feed = LogFeed.start(sources, () -> session, LogOptions.all(), b);
                feed.done().join();
                double s = (System.nanoTime() - t0) / 1e9;
                if (b.size() != expected) {
                    throw new IllegalStateException("read " + b.size() + " lines, expected " + expected);
                }
                System.out.printf("round %d: ingest_s=%.2f lines=%d%n", round, s, b.size());
                best = Math.min(best, s);
                buffer = b;
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long searchNs = Long.MAX_VALUE;
            long hit = -1;
            for (int i = 0; i < 5; i++) {
                LineMatcher m = new LogQuery("needle-in-the-log", false, false).matcher();
                long t0 = System.nanoTime();
                hit = buffer.find(m, buffer.firstSequence(), true);
                searchNs = Math.min(searchNs, System.nanoTime() - t0);
            }
            if (hit < 0) {
                throw new IllegalStateException("the search found nothing");
            }
            long regexNs = Long.MAX_VALUE;
            long rhit = -1;
            for (int i = 0; i < 5; i++) {
                LineMatcher m = new LogQuery("needle-in-the-l[o]g", true, false).matcher();
                long t0 = System.nanoTime();
                rhit = buffer.find(m, buffer.firstSequence(), true);
                regexNs = Math.min(regexNs, System.nanoTime() - t0);
            }
            if (rhit != hit) {
                throw new IllegalStateException("the regular expression found line " + rhit + ", the plain search " + hit);
            }
            // no literal every match must hold: every line is decoded and tried
            long fullNs = System.nanoTime();
            long fhit = buffer.find(new LogQuery("(needle|pin)[-a-z]+(log|file)", true, false).matcher(), buffer.firstSequence(), true);
            fullNs = System.nanoTime() - fullNs;
            System.out.printf("search hit at line %d; regex with a literal %.0f ms; regex with no literal %.0f ms (hit %d)%n",
                    hit, regexNs / 1e6, fullNs / 1e6, fhit);
            System.out.printf("RESULT ingest_s=%.2f heap_mb=%.0f search_ms=%.0f regex_search_ms=%.0f%n", best, heap / 1048576.0,
                    searchNs / 1e6, regexNs / 1e6);
        }
    }
}
