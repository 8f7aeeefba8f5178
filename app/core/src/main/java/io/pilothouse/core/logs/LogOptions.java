package io.pilothouse.core.logs;

import java.time.Duration;

/**
 * How to read a log: follow it or read what is there and stop; the last {@code tail} lines only
 * (null: all); only lines stamped at or after {@code sinceNanos} (null: from the start); how long
 * a merged view holds a line back so that a later line of another source can still come before it.
 */
public record LogOptions(boolean follow, Integer tail, Long sinceNanos, Duration holdBack) {

    public static final Duration DEFAULT_HOLD_BACK = Duration.ofMillis(300);

    public LogOptions {
        if (tail != null && tail < 0) {
            throw new IllegalArgumentException("--tail takes a number of lines, 0 or more, not " + tail);
        }
        holdBack = holdBack == null ? DEFAULT_HOLD_BACK : holdBack;
    }

    public static LogOptions all() {
        return new LogOptions(false, null, null, null);
    }

    public static LogOptions following(Integer tail) {
        return new LogOptions(true, tail, null, null);
    }

    public LogOptions withFollow(boolean f) {
        return new LogOptions(f, tail, sinceNanos, holdBack);
    }
}
