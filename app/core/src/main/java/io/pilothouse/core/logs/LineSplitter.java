package io.pilothouse.core.logs;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts what the engine sends for one source into lines: a frame may hold several lines or part of
 * one (TTY output, lines over 16 KB). Each line starts with the engine's timestamp, which is read
 * off; the text keeps its bytes as they came (a trailing CR is dropped).
 */
final class LineSplitter {

    private final int source;
    private final ByteArrayOutputStream[] partial = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
    private final int[] end = new int[1];
    private long lastNanos = EngineTimestamp.NONE;

    LineSplitter(int source) {
        this.source = source;
    }

    void push(LogStream stream, byte[] payload, Consumer<RawLine> out) {
        ByteArrayOutputStream carry = partial[stream == LogStream.STDERR ? 1 : 0];
        int start = 0;
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] == '\n') {
                if (carry.size() > 0) {
                    carry.write(payload, start, i - start);
                    byte[] joined = carry.toByteArray();
                    carry.reset();
                    emit(stream, joined, 0, joined.length, out);
                } else {
                    emit(stream, payload, start, i, out);
                }
                start = i + 1;
            }
        }
        if (start < payload.length) {
            carry.write(payload, start, payload.length - start);
        }
    }

    /** Hands on a last line that had no newline (the stream ended). */
    void flush(Consumer<RawLine> out) {
        for (int k = 0; k < 2; k++) {
            if (partial[k].size() > 0) {
                byte[] rest = partial[k].toByteArray();
                partial[k].reset();
                emit(k == 1 ? LogStream.STDERR : LogStream.STDOUT, rest, 0, rest.length, out);
            }
        }
    }

    private void emit(LogStream stream, byte[] b, int from, int to, Consumer<RawLine> out) {
        long nanos = EngineTimestamp.parse(b, from, to, end);
        int textFrom = from;
        if (nanos == EngineTimestamp.NONE) {
            nanos = lastNanos == EngineTimestamp.NONE ? System.currentTimeMillis() * 1_000_000L : lastNanos;
        } else {
            textFrom = end[0] < to && b[end[0]] == ' ' ? end[0] + 1 : end[0];
            lastNanos = nanos;
        }
        int textTo = to > textFrom && b[to - 1] == '\r' ? to - 1 : to;
        out.accept(new RawLine(source, stream, nanos, Arrays.copyOfRange(b, textFrom, textTo)));
    }
}
