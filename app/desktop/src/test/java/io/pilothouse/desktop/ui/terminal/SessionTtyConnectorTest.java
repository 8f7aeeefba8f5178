package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.terminal.CloseReport;
import io.pilothouse.core.terminal.TerminalOutput;
import io.pilothouse.core.terminal.TerminalSession;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTtyConnectorTest {

    /** A session that records what it is told (pure logic: no process behind it). */
    static final class Recorded implements TerminalSession {
        final List<String> written = new ArrayList<>();
        final AtomicInteger closes = new AtomicInteger();
        int columns;
        int rows;

        @Override public String title() { return "recorded"; }
        @Override public void start(TerminalOutput output) { }
        @Override public void write(byte[] data) { written.add(new String(data, StandardCharsets.UTF_8)); }
        @Override public void resize(int c, int r) { columns = c; rows = r; }
        @Override public boolean readOnly() { return false; }
        @Override public CompletableFuture<Integer> exited() { return new CompletableFuture<>(); }
        @Override public CloseReport close() { closes.incrementAndGet(); return CloseReport.ended("closed"); }
    }

    private static String read(SessionTtyConnector c) throws Exception {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[3];
        int n;
        while ((n = c.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void utf8SplitAcrossFramesIsDecodedWhole() throws Exception {
        Recorded s = new Recorded();
        SessionTtyConnector c = new SessionTtyConnector(s, r -> { });
        byte[] text = "é€😀 ok".getBytes(StandardCharsets.UTF_8);
        for (byte b : text) {
            c.bytes(new byte[]{b}, 0, 1);
        }
        c.ended(0, null);
        assertThat(read(c)).startsWith("é€😀 ok").contains("[process ended with exit code 0]");
        assertThat(c.isConnected()).isFalse();
    }

    @Test
    void keysAndResizesReachTheSessionAndCloseHappensOnce() {
        Recorded s = new Recorded();
        List<CloseReport> reports = new ArrayList<>();
        SessionTtyConnector c = new SessionTtyConnector(s, reports::add);
        c.write("ls\r");
        c.write(new byte[]{3});
        c.resize(new com.techsenger.jeditermfx.core.util.TermSize(120, 40));
        c.close();
        c.close();
        assertThat(s.written).containsExactly("ls\r", "\u0003");
        assertThat(s.columns).isEqualTo(120);
        assertThat(s.rows).isEqualTo(40);
        assertThat(s.closes).hasValue(1);
        assertThat(reports).hasSize(1);
    }
}
