package io.pilothouse.core.ops;

/**
 * Hears a run as it goes, on the runner's thread (a view hands the calls to its own thread).
 * Progress calls may come often; listeners must be quick.
 */
public interface PlanListener {

    default void stepStarted(int index, Step step) {
    }

    default void stepProgress(int index, StepProgress progress) {
    }

    /** The whole run's progress, sent with every {@link #stepProgress} and when a step starts or ends. */
    default void runProgress(RunProgress progress) {
    }

    /** A change left open by the run's undo was taken back (or could not be): {@code failure} empty when it was. */
    default void changeTakenBack(HostChange change, String failure) {
    }

    default void stepNote(int index, String sentence) {
    }

    default void stepFinished(StepRecord record) {
    }

    default void undoStarted(int index, Step step) {
    }

    default void undoFinished(StepRecord record) {
    }

    default void planFinished(PlanResult result) {
    }
}
