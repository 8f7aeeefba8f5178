package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.AnsiText;
import io.pilothouse.core.logs.EngineTimestamp;
import io.pilothouse.core.logs.LineMatcher;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.logs.StyleSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts one log line into the runs drawn for it: timestamp, source tag, stderr mark, then the text
 * cut wherever its ANSI style or a search match begins or ends. Worked out only for the lines on
 * screen, when they are drawn.
 */
final class LineRuns {

    private LineRuns() {
    }

    /** {@code tagWidth}: the longest source name, to which tags are padded so that the texts line up (0: no tags). */
    static List<TextRun> of(LogLine line, boolean timestamps, int tagWidth, LineMatcher matcher) {
        boolean tagged = tagWidth > 0;
        List<TextRun> runs = new ArrayList<>(8);
        if (timestamps) {
            runs.add(TextRun.of(EngineTimestamp.format(line.epochNanos()) + " ", RunKind.TIME));
        }
        if (tagged && line.stream() != LogStream.MARKER) {
            String name = line.source().name();
            runs.add(TextRun.of(name + " ".repeat(Math.max(0, tagWidth - name.length()) + 1), RunKind.TAG));
        }
        if (line.stream() == LogStream.STDERR) {
            runs.add(TextRun.of("▌", RunKind.STDERR_MARK));
        }
        if (line.stream() == LogStream.MARKER) {
            runs.add(TextRun.of(line.text(), RunKind.MARKER));
            return runs;
        }
        AnsiText text = AnsiText.parse(line.text());
        String plain = text.plain();
        List<int[]> hits = matcher == null ? List.of() : matcher.ranges(plain);
        if (hits.isEmpty() && text.spans().isEmpty()) {
            runs.add(TextRun.of(plain, RunKind.TEXT));
            return runs;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, plain.length()));
        for (StyleSpan s : text.spans()) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        for (int[] h : hits) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                StyleSpan s = spanAt(text.spans(), from);
                boolean hit = inHit(hits, from);
                runs.add(s == null
                        ? new TextRun(plain.substring(from, to), RunKind.TEXT, -1, -1, false, false, false, hit)
                        : new TextRun(plain.substring(from, to), RunKind.TEXT, s.foreground(), s.background(), s.bold(),
                                s.italic(), s.underline(), hit));
            }
            from = to;
        }
        return runs;
    }

    private static StyleSpan spanAt(List<StyleSpan> spans, int at) {
        for (StyleSpan s : spans) {
            if (s.start() <= at && at < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static boolean inHit(List<int[]> hits, int at) {
        for (int[] h : hits) {
            if (h[0] <= at && at < h[1]) {
                return true;
            }
        }
        return false;
    }
}
