package io.pilothouse.core.ops;

/** Thrown inside a step when the user cancelled the run. */
public final class PlanCancelledException extends RuntimeException {

    public PlanCancelledException() {
        super("Cancelled by the user");
    }
}
