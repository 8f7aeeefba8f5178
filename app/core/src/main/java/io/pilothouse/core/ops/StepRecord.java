package io.pilothouse.core.ops;

import java.time.Duration;

/** One step's outcome in a run, with the sentence that explains a failure. */
public record StepRecord(int index, String description, StepOutcome outcome, String message, Duration took) {
}
