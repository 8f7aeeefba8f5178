package io.pilothouse.core.ops;

import java.time.Duration;
import java.util.Optional;

/**
 * Progress of the whole run: which step (0-based) of how many, that step's own progress, the
 * fraction of the plan done (finished steps plus the current one's share) and the time left at
 * the pace so far, when it can be told.
 */
public record RunProgress(int stepIndex, int stepCount, StepProgress step, double fraction, Optional<Duration> eta) {

    /**
     * Overall progress from the current step's progress; every step counts the same. The ETA is
     * the elapsed time scaled by what is left, once a fifth of a step or more is done.
     */
    public static RunProgress of(int stepIndex, int stepCount, StepProgress step, Duration elapsed) {
        double stepShare = step.total() > 0 ? Math.min(1.0, (double) step.done() / step.total()) : 0.0;
        double fraction = stepCount == 0 ? 1.0 : (stepIndex + stepShare) / stepCount;
        Optional<Duration> eta = fraction >= 0.2 / Math.max(1, stepCount) && fraction < 1.0
                ? Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - fraction) / fraction)))
                : Optional.empty();
        return new RunProgress(stepIndex, stepCount, step, fraction, eta);
    }

    /** "42 %", for a label. */
    public String percent() {
        return Math.round(fraction * 100) + " %";
    }
}
