package io.pilothouse.core.logs;

import java.time.Instant;

/**
 * A line as shown: its sequence number in the buffer, its source, stdout/stderr (or a marker the
 * viewer added), the engine's timestamp in nanoseconds since the epoch, and the raw text (ANSI
 * escape codes still in; {@link AnsiText} turns them into styles when the line is shown).
 */
public record LogLine(long sequence, LogSource source, LogStream stream, long epochNanos, String text) {

    public Instant timestamp() {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
