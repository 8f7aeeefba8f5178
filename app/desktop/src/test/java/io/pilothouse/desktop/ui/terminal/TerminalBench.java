package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.ExecSession;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The terminal benchmark: keystroke to echo through the terminal connector (a TTY shell in a busybox
 * container) and the output throughput of {@code cat} of a 50 MB file through it, against
 * {@code docker exec -t} by the CLI in the same run. Args: docker socket, container (with /tmp/big).
 */
public final class TerminalBench {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        String sock = args[0];
        String container = args[1];
        long size = Long.parseLong(args[2]);
        HostProfile p = HostProfile.create("bench", new UnixSocketTransport(sock), Environment.DEVELOPMENT);
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(),
                Files.createTempDirectory("pth-term-bench"))).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(10), TIMEOUT))) {
            double[] echo = echo(session, container, 300);
            double[] mbs = new double[3];
            for (int i = 0; i < 3; i++) {
                mbs[i] = throughput(session, container, size);
                System.out.printf("round %d: throughput_mb_s=%.1f%n", i + 1, mbs[i]);
            }
            Arrays.sort(mbs);
            System.out.printf("echo_p50_ms=%.2f echo_p95_ms=%.2f throughput_mb_s=%.1f%n", echo[0], echo[1], mbs[1]);
        }
        System.exit(0);
    }

    /** p50 and p95 in ms of typing one character into a shell until its echo is read from the connector. */
    static double[] echo(HostSession session, String container, int keys) throws Exception {
        ExecSession shell = new ExecSession(session.docker(), ExecRequest.shell(container), TIMEOUT);
        SessionTtyConnector connector = new SessionTtyConnector(shell, r -> { });
        LinkedBlockingQueue<Character> received = new LinkedBlockingQueue<>();
        shell.start(connector);
        Thread reader = new Thread(() -> {
            char[] buf = new char[8192];
            try {
                int n;
                while ((n = connector.read(buf, 0, buf.length)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        received.add(buf[i]);
                    }
                }
            } catch (Exception ignored) {
                // ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(500);
        List<Double> times = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int k = 0; k < keys; k++) {
            int col = k % 40;
            char c = col == 0 ? '#' : letters.charAt(k % letters.length());
            received.clear();
            long t0 = System.nanoTime();
            connector.write(new byte[]{(byte) c});
            while (true) {
                Character got = received.poll(5, TimeUnit.SECONDS);
                if (got == null) {
                    throw new IllegalStateException("no echo of '" + c + "' within 5 s");
                }
                if (got == c) {
                    break;
                }
            }
            times.add((System.nanoTime() - t0) / 1e6);
            if (col == 39) {
                received.clear();
                connector.write("\r");
                char last = 0;
                while (true) {
                    Character got = received.poll(5, TimeUnit.SECONDS);
                    if (got == null) {
                        throw new IllegalStateException("no prompt within 5 s");
                    }
                    if (last == '#' && got == ' ') {
                        break;
                    }
                    last = got;
                }
                Thread.sleep(20);
            }
        }
        connector.close();
        times.sort(Double::compare);
        List<Double> warm = times.subList(0, times.size());
        return new double[]{warm.get(warm.size() / 2), warm.get((int) Math.ceil(warm.size() * 0.95) - 1)};
    }

    /** MB/s of {@code cat /tmp/big} in a TTY exec, read through the connector to the end. */
    static double throughput(HostSession session, String container, long size) throws Exception {
        ExecSession cat = new ExecSession(session.docker(),
                new ExecRequest(container, List.of("cat", "/tmp/big"), "", ""), TIMEOUT);
        SessionTtyConnector connector = new SessionTtyConnector(cat, r -> { });
        long t0 = System.nanoTime();
        cat.start(connector);
        char[] buf = new char[65536];
        long chars = 0;
        int n;
        while ((n = connector.read(buf, 0, buf.length)) >= 0) {
            chars += n;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (chars < size) {
            throw new IllegalStateException("read " + chars + " characters of " + size);
        }
        connector.close();
        return size / 1e6 / seconds;
    }
}
