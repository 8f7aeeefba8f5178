package io.pilothouse.core.logs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogBufferTest {

    static final LogSource A = LogSource.container("a1", "/web");
    static final LogSource B = LogSource.container("b1", "db");

    static RawLine line(int source, long nanos, String text) {
        return new RawLine(source, LogStream.STDOUT, nanos, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dropsTheOldestLinesPastItsCapacityAndCountsThem() {
        LogBuffer buffer = new LogBuffer(List.of(A), 3000);
        for (int i = 0; i < 10_000; i++) {
            buffer.append(line(0, i, "line " + i));
        }
        assertThat(buffer.size()).isEqualTo(3000);
        assertThat(buffer.dropped()).isEqualTo(7000);
        assertThat(buffer.firstSequence()).isEqualTo(7000);
        assertThat(buffer.line(7000).text()).isEqualTo("line 7000");
        assertThat(buffer.line(9999).text()).isEqualTo("line 9999");
        assertThat(buffer.line(6999)).isNull();
        assertThat(buffer.line(8000).source().name()).isEqualTo("web");
    }

    @Test
    void keepsEveryLineWhileUnderItsCapacityAcrossGrowth() {
        LogBuffer buffer = new LogBuffer(List.of(A, B), 5000);
        for (int i = 0; i < 4500; i++) {
            buffer.append(line(i % 2, i, "n" + i));
        }
        assertThat(buffer.dropped()).isZero();
        for (int i = 0; i < 4500; i += 499) {
            LogLine l = buffer.line(i);
            assertThat(l.text()).isEqualTo("n" + i);
            assertThat(l.source()).isEqualTo(i % 2 == 0 ? A : B);
            assertThat(l.epochNanos()).isEqualTo(i);
        }
    }

    @Test
    void findsForwardBackwardAndEveryMatchButNeverAMarker() {
        LogBuffer buffer = new LogBuffer(List.of(A));
        buffer.append(line(0, 1, "GET /index 200"));
        buffer.append(line(0, 2, "GET /missing 404"));
        buffer.append(new RawLine(0, LogStream.MARKER, 3, "— resumed 404 —".getBytes(StandardCharsets.UTF_8)));
        buffer.append(line(0, 4, "error: disk full 404"));
        LineMatcher m = new LogQuery("404", false, false).matcher();
        assertThat(buffer.find(m, 0, true)).isEqualTo(1);
        assertThat(buffer.find(m, 2, true)).isEqualTo(3);
        assertThat(buffer.find(m, 3, false)).isEqualTo(3);
        assertThat(buffer.find(m, 2, false)).isEqualTo(1);
        assertThat(buffer.matching(m, 0)).containsExactly(1, 3);
        assertThat(buffer.find(new LogQuery("nothing", false, false).matcher(), 0, true)).isEqualTo(-1);
    }

    @Test
    void findsTheFirstLineAtOrAfterATime() {
        LogBuffer buffer = new LogBuffer(List.of(A));
        for (int i = 0; i < 100; i++) {
            buffer.append(line(0, i * 10L, "t" + i));
        }
        assertThat(buffer.sequenceAt(255)).isEqualTo(26);
        assertThat(buffer.sequenceAt(0)).isZero();
        assertThat(buffer.sequenceAt(5000)).isEqualTo(100);
    }

    @Test
    void clearingForgetsLinesButKeepsNumbering() {
        LogBuffer buffer = new LogBuffer(List.of(A));
        buffer.append(line(0, 1, "a"));
        buffer.append(line(0, 2, "b"));
        buffer.clear();
        assertThat(buffer.size()).isZero();
        assertThat(buffer.dropped()).isZero();
        buffer.append(line(0, 3, "c"));
        assertThat(buffer.firstSequence()).isEqualTo(2);
        assertThat(buffer.line(2).text()).isEqualTo("c");
    }

    @Test
    void writesItsLinesWithSourceAndTimestamp() throws Exception {
        LogBuffer buffer = new LogBuffer(List.of(A, B));
        buffer.append(line(0, 1_700_000_000_123_000_000L, "hello"));
        buffer.append(line(1, 1_700_000_001_000_000_000L, "world"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out, true, n -> { }, () -> false);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "web | 2023-11-14T22:13:20.123Z hello\ndb | 2023-11-14T22:13:21Z world\n");
    }

    @Test
    void refusesANonsenseCapacityAndAnUnknownSource() {
        assertThatThrownBy(() -> new LogBuffer(List.of(A), 0)).hasMessageContaining("at least one line");
        LogBuffer buffer = new LogBuffer(List.of(A));
        assertThatThrownBy(() -> buffer.append(line(3, 1, "x"))).hasMessageContaining("No source with index 3");
    }

    @Test
    void findsTheHitNearestWhereTheSearchStartsAcrossManyChunksBothWays() {
        LogBuffer buffer = new LogBuffer(List.of(A), 200_000);
        for (int i = 0; i < 250_000; i++) {
            buffer.append(line(0, i, i % 40_000 == 7 ? "hit " + i : "line " + i));
        }
        // the first 50,000 lines went: hits left at 80,007 120,007 160,007 200,007 240,007
        LineMatcher m = new LogQuery("h[i]t", true, false).matcher();
        assertThat(buffer.find(m, 0, true)).isEqualTo(80_007);
        assertThat(buffer.find(m, 80_008, true)).isEqualTo(120_007);
        assertThat(buffer.find(m, 239_000, false)).isEqualTo(200_007);
        assertThat(buffer.find(m, 80_006, false)).isEqualTo(-1);
        assertThat(buffer.find(m, 240_008, true)).isEqualTo(-1);
        assertThat(buffer.matching(m, 0)).containsExactly(80_007, 120_007, 160_007, 200_007, 240_007);
    }
}
