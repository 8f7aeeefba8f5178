package io.pilothouse.core.ops;

/** How a whole run ended. */
public enum PlanOutcome {
    /** Every step ran. */
    SUCCEEDED,
    /** A step failed and every finished step was undone: the host is as it was. */
    FAILED_UNDONE,
    /** Cancelled and every finished step was undone. */
    CANCELLED_UNDONE,
    /** An undo failed too: the result lists what is left to set right by hand. */
    UNDO_INCOMPLETE,
    /** Not started: the guard refused or another plan runs on the host. */
    REFUSED
}
