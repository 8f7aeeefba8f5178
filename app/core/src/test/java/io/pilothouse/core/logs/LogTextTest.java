package io.pilothouse.core.logs;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timestamps, ANSI styles, matching, line splitting and typed times: the text side of the log viewer. */
class LogTextTest {

    @Test
    void readsEngineTimestampsAsJavaTimeDoes() {
        for (String s : List.of("2026-11-22T04:57:38.123456789Z", "2024-02-29T23:59:59.5Z", "1999-12-31T00:00:00Z",
                "2024-05-01T10:00:00.000000001+02:00")) {
            byte[] b = (s + " text").getBytes(StandardCharsets.US_ASCII);
            int[] end = new int[1];
            long n = EngineTimestamp.parse(b, 0, b.length, end);
            Instant i = java.time.OffsetDateTime.parse(s).toInstant();
            assertThat(n).as(s).isEqualTo(i.getEpochSecond() * 1_000_000_000L + i.getNano());
            assertThat(end[0]).isEqualTo(s.length());
        }
        byte[] junk = "no timestamp here at all".getBytes(StandardCharsets.US_ASCII);
        assertThat(EngineTimestamp.parse(junk, 0, junk.length, new int[1])).isEqualTo(EngineTimestamp.NONE);
    }

    @Test
    void turnsAnsiCodesIntoStyles() {
        AnsiText t = AnsiText.parse("\u001b[1;31mERROR\u001b[0m plain \u001b[38;5;82mgreen\u001b[39m \u001b[38;2;1;2;3mrgb\u001b[m\u001b[2K");
        assertThat(t.plain()).isEqualTo("ERROR plain green rgb");
        assertThat(t.spans()).containsExactly(
                new StyleSpan(0, 5, 0xcd3131, -1, true, false, false),
                new StyleSpan(12, 17, 0x5fff00, -1, false, false, false),
                new StyleSpan(18, 21, 0x010203, -1, false, false, false));
        assertThat(AnsiText.parse("no codes").spans()).isEmpty();
        assertThat(AnsiText.strip("\u001b[32mok\u001b[0m")).isEqualTo("ok");
    }

    @Test
    void matchesPlainTextInBytesAndNeverInsideEscapeCodes() {
        LineMatcher ci = new LogQuery("error", false, false).matcher();
        assertThat(ci.matches("An ERROR here".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(new LogQuery("error", false, true).matcher().matches("An ERROR".getBytes(StandardCharsets.UTF_8))).isFalse();
        LineMatcher code = new LogQuery("31m", false, true).matcher();
        assertThat(code.matches("\u001b[31mred\u001b[0m".getBytes(StandardCharsets.UTF_8))).isFalse();
        LineMatcher re = new LogQuery("status=(4|5)\\d\\d", true, false).matcher();
        assertThat(re.matches("GET / STATUS=503".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(re.ranges("a status=404 b status=500")).hasSize(2);
        assertThat(new LogQuery("grüße", false, false).matcher().matches("GRÜSSE grüße".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void findsTheLiteralTextEveryMatchOfAnExpressionMustHold() {
        assertThat(RequiredLiteral.of("needle-in-the-l[o]g")).isEqualTo("needle-in-the-l");
        assertThat(RequiredLiteral.of("status=(4|5)\\d\\d")).isEqualTo("status=");
        assertThat(RequiredLiteral.of("colou?r error")).isEqualTo("r error");
        assertThat(RequiredLiteral.of("ab*cdef")).isEqualTo("cdef");
        assertThat(RequiredLiteral.of("a\\.b\\.c+")).isEqualTo("a.b.c");
        assertThat(RequiredLiteral.of("x{2}yz")).isEqualTo("yz");
        assertThat(RequiredLiteral.of("[abc]+timeout")).isEqualTo("timeout");
        assertThat(RequiredLiteral.of("(?:GET|POST) /api")).isEqualTo(" /api");
        assertThat(RequiredLiteral.of("error|warn")).as("an alternative at the top level").isNull();
        assertThat(RequiredLiteral.of("(?i)Error")).as("inline flags").isNull();
        assertThat(RequiredLiteral.of("\\Qa.b\\E")).isNull();
        assertThat(RequiredLiteral.of("\\d+\\s*")).isNull();
    }

    @Test
    void anExpressionMatchesTheShownTextWhateverItsSieve() {
        LineMatcher re = new LogQuery("needle-in-the-l[o]g", true, false).matcher();
        assertThat(re.matches("x NEEDLE-IN-THE-LOG y".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(re.matches("needle-in-the-lag".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(re.matches("\u001b[1mneedle-in\u001b[0m-the-log".getBytes(StandardCharsets.UTF_8)))
                .as("escape codes between the letters are not part of the shown text").isTrue();
        assertThat(new LogQuery("in-the", false, true).matcher().matches("\u001b[1min\u001b[0m-the".getBytes(StandardCharsets.UTF_8)))
                .as("a plain search too").isTrue();
        assertThat(new LogQuery("ask", true, false).matcher().matches("a\u017fk".getBytes(StandardCharsets.UTF_8)))
                .as("a letter whose other case is not ASCII (long s)").isTrue();
        assertThat(new LogQuery("1m", true, true).matcher().matches("\u001b[1mred".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aBadExpressionSaysWhatIsWrong() {
        LogQuery q = new LogQuery("(unclosed", true, false);
        assertThat(q.problem()).startsWith("Not a valid regular expression:");
        assertThatThrownBy(q::matcher).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a valid");
        assertThat(new LogQuery("(unclosed", false, false).problem()).isNull();
    }

    @Test
    void splitsFramesIntoLinesWhateverTheirCut() {
        LineSplitter s = new LineSplitter(2);
        List<RawLine> out = new ArrayList<>();
        s.push(LogStream.STDOUT, "2024-01-01T00:00:00.000000001Z one\n2024-01-01T00:00:00.0000".getBytes(StandardCharsets.UTF_8), out::add);
        s.push(LogStream.STDERR, "2024-01-01T00:00:01Z err\r\n".getBytes(StandardCharsets.UTF_8), out::add);
        s.push(LogStream.STDOUT, "00002Z two\n2024-01-01T00:00:03Z tail".getBytes(StandardCharsets.UTF_8), out::add);
        s.flush(out::add);
        assertThat(out).extracting(l -> new String(l.text(), StandardCharsets.UTF_8)).containsExactly("one", "err", "two", "tail");
        assertThat(out).extracting(RawLine::stream).containsExactly(LogStream.STDOUT, LogStream.STDERR, LogStream.STDOUT, LogStream.STDOUT);
        assertThat(out.get(2).epochNanos()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L + 2);
        assertThat(out).allMatch(l -> l.source() == 2);
    }

    @Test
    void readsTimesAsPeopleTypeThem() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        long base = now.getEpochSecond() * 1_000_000_000L;
        assertThat(LogTime.parse("10m", now, ZoneOffset.UTC)).isEqualTo(base - 600_000_000_000L);
        assertThat(LogTime.parse("1h30m", now, ZoneOffset.UTC)).isEqualTo(base - 5_400_000_000_000L);
        assertThat(LogTime.parse("2024-05-01T10:00:00Z", now, ZoneOffset.UTC)).isEqualTo(base - 7_200_000_000_000L);
        assertThat(LogTime.parse("2024-05-01 11:00", now, ZoneOffset.UTC)).isEqualTo(base - 3_600_000_000_000L);
        assertThat(LogTime.parse("11:59:30", now, ZoneOffset.UTC)).isEqualTo(base - 30_000_000_000L);
        assertThat(LogTime.parse("1714564800", now, ZoneOffset.UTC)).isEqualTo(base);
        assertThatThrownBy(() -> LogTime.parse("yesterday-ish", now, ZoneOffset.UTC)).hasMessageStartingWith("Not a time: \"yesterday-ish\"");
        assertThatThrownBy(() -> LogTime.parse(" ", now, ZoneOffset.UTC)).hasMessageStartingWith("No time given");
    }
}
