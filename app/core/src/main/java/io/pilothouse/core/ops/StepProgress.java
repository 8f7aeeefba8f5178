package io.pilothouse.core.ops;

import java.time.Duration;
import java.util.Optional;

/**
 * Progress of one step: how much is done of how much (-1: unknown), the rate since the step began
 * (units per second) and the time left at that rate when the total is known.
 */
public record StepProgress(long done, long total, ProgressUnit unit, double ratePerSecond, Optional<Duration> eta) {

    public static StepProgress of(long done, long total, ProgressUnit unit, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double rate = done / seconds;
        Optional<Duration> eta = total > 0 && rate > 0 && done <= total
                ? Optional.of(Duration.ofMillis((long) ((total - done) / rate * 1000))) : Optional.empty();
        return new StepProgress(done, total, unit, rate, eta);
    }
}
