package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.ops.PlanRun;

import java.util.Locale;

/** One plan run in the history view. */
public record PlanRunRow(PlanRun run, boolean unfinished) {

    public String started() {
        return HistoryTimes.format(run.started());
    }

    public String host() {
        return run.host() == null ? "" : run.host();
    }

    public String title() {
        return run.title();
    }

    /** "succeeded", "failed undone", … ; "unfinished" when its process died, "running" while it runs. */
    public String outcome() {
        return run.outcome().map(o -> o.toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse(unfinished ? "unfinished" : "running");
    }
}
