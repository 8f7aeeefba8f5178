package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.StepRecord;
import io.pilothouse.core.workflows.upgrade.RecreatePreview;

import java.util.Locale;

/** Shows an upgrade's plan and configuration difference, asks before it runs, and prints how it ended. */
final class UpgradeConfirmation {

    private final CliContext context;

    UpgradeConfirmation(CliContext context) {
        this.context = context;
    }

    /** Refuses a production host without --confirm-host (exit 2, nothing done). */
    void requireHostName(HostProfile profile, String confirmHost, String action) {
        if (new ProductionGuard().requiresConfirmation(profile) && confirmHost == null) {
            throw new CliFailure(ExitStatus.USAGE, profile.name() + " is a production host: to " + action
                    + " on it, add --confirm-host " + profile.name() + ". Nothing was done.");
        }
    }

    void show(RecreatePreview preview) {
        showPlan(preview.plan());
        context.out().println("Configuration difference:");
        preview.differenceLines().forEach(l -> context.out().println("  " + l));
        context.out().flush();
    }

    void showPlan(io.pilothouse.core.ops.Plan plan) {
        context.out().println(plan.title());
        int i = 1;
        for (var step : plan.steps()) {
            context.out().println("  " + i++ + ". " + step.description());
        }
        context.out().flush();
    }

    /** True to go on; false when the user said no. Without a terminal, --yes is needed. */
    boolean ask(boolean yes, String question) {
        if (yes) {
            return true;
        }
        if (!context.terminal().interactive()) {
            throw new CliFailure(ExitStatus.USAGE, "Refusing to " + question + " without a terminal to ask: add --yes. Nothing was done.");
        }
        String answer = context.terminal().readLine(Character.toUpperCase(question.charAt(0)) + question.substring(1) + "? [y/N] ");
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            context.err().println("pilothouse: nothing was done.");
            return false;
        }
        return true;
    }

    /** Prints the result and maps it to an exit status. */
    ExitStatus report(PlanResult result) {
        switch (result.outcome()) {
            case SUCCEEDED -> {
                context.out().println(result.summary());
                return ExitStatus.OK;
            }
            case REFUSED -> {
                context.err().println("pilothouse: " + result.summary());
                return ExitStatus.USAGE;
            }
            default -> {
                for (StepRecord r : result.steps()) {
                    if (!r.message().isEmpty()) {
                        context.err().println("  " + r.description() + ": " + r.outcome() + ": " + r.message());
                    }
                }
                context.err().println("pilothouse: " + result.summary());
                return result.outcome() == io.pilothouse.core.ops.PlanOutcome.UNDO_INCOMPLETE
                        ? ExitStatus.FAILED_NOT_UNDONE : ExitStatus.FAILED_UNDONE;
            }
        }
    }
}
