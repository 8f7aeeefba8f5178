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
