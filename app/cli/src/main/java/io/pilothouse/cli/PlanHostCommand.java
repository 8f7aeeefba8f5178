package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;

import java.util.List;
import java.util.Locale;

/** A command that shows a plan, asks for it (the typed name on production), runs it and reports. */
abstract class PlanHostCommand extends HostCommand {

    protected PlanHostCommand(CliContext context) {
        super(context);
    }

    protected void preview(Plan plan, List<String> extra) {
        context.out().println(plan.title() + ":");
        int i = 1;
        for (Step s : plan.steps()) {
            context.out().println("  " + i++ + ". " + s.description());
        }
        for (String e : extra) {
            context.out().println(e);
        }
    }

    /** Asks (or refuses without a terminal) unless --yes; checks --confirm-host on production. */
    protected void confirm(Plan plan, HostProfile host, boolean yes, String confirmHost, boolean destructive) {
        ProductionGuard guard = new ProductionGuard();
        if (!plan.mutating() && !destructive) {
            return;
        }
        if (guard.requiresConfirmation(host) && !guard.confirms(host, confirmHost)) {
            throw new CliFailure(ExitStatus.USAGE, host.name() + " is a production host: to run \"" + plan.title()
                    + "\" add --confirm-host " + host.name() + ". Nothing was done.");
        }
        if (yes) {
            return;
        }
        if (!context.terminal().interactive()) {
            throw new CliFailure(ExitStatus.USAGE, "Refusing to run \"" + plan.title()
                    + "\" without a terminal to ask: add --yes. Nothing was done.");
        }
        String answer = context.terminal().readLine("Run it? [y/N] ");
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new CliFailure(ExitStatus.USAGE, "Nothing was done.");
        }
    }

    /** Runs the plan; Ctrl-C cancels it and waits for its undo. */
    protected PlanResult execute(Plan plan, HostProfile host, String confirmHost,
                                 com.github.dockerjava.api.DockerClient docker) {
        CancelToken token = new CancelToken();
        try (PlanCancellation ignored = PlanCancellation.install(token, context.err())) {
            PlanProgressPrinter printer = new PlanProgressPrinter(context.out(), context.terminal().interactive());
            return new PlanRunner(context.journal(), new ProductionGuard()).withHostLocks(context.dirs().locksDir())
                    .run(plan, host, confirmHost, printer, token,
                            new io.pilothouse.core.ops.DockerChangeReverter(docker));
        }
    }

    protected int report(PlanResult r) {
        if (r.succeeded()) {
            context.out().println(r.summary());
            return ExitStatus.OK.code();
        }
        context.err().println("pilothouse: " + r.summary());
        r.steps().stream().filter(s -> !s.message().isEmpty()).forEach(s ->
                context.err().println("  " + s.description() + ": " + s.outcome().name().toLowerCase(Locale.ROOT)
                        + " — " + s.message()));
        return switch (r.outcome()) {
            case UNDO_INCOMPLETE -> ExitStatus.FAILED_NOT_UNDONE.code();
            case REFUSED -> ExitStatus.REFUSED.code();
            case CANCELLED_UNDONE -> ExitStatus.CANCELLED.code();
            default -> ExitStatus.FAILED_UNDONE.code();
        };
    }
}
