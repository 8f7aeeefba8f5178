package io.pilothouse.core.ops;

/**
 * One step of a {@link Plan}: a line a person reads in the preview, the work, and how to take the
 * work back. {@code undo} runs only after {@code run} completed, in reverse order of the finished
 * steps, when a later step fails or the run is cancelled. Long steps report progress and check the
 * cancel token through the context.
 */
public interface Step {

    /** The one line shown in the preview and the journal, e.g. "Stop container db (timeout 10 s)". */
    String description();

    void run(StepContext ctx) throws Exception;

    /** Takes back what {@link #run} did; the default has nothing to take back. */
    default void undo(StepContext ctx) throws Exception {
    }

    /** True when the step changes something on a host (false for checks and reads). */
    default boolean mutating() {
        return true;
    }
}
