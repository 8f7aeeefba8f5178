package io.pilothouse.core.ops;

/** How one step ended. */
public enum StepOutcome {
    DONE, FAILED, CANCELLED, SKIPPED, UNDONE, UNDO_FAILED
}
