package io.pilothouse.core.ops;

import java.util.List;

/** The end of a run: the outcome, each step's record, and the sentence a person reads. */
public record PlanResult(String planId, PlanOutcome outcome, List<StepRecord> steps, String summary) {

    public PlanResult {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return outcome == PlanOutcome.SUCCEEDED;
    }
}
