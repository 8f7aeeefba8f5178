package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** pilothouse plan run FILE: rebuilds the plan from the file's request on the host as it is now, and runs it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a plan file: shows the plan, asks (unless --yes), runs it with progress, undoes it on failure.",
                "Ctrl-C cancels and undoes what was done. Exit codes: 0 done, 2 bad file or refused (production not confirmed, host busy),",
                "3 host unreachable, 4 failed and undone, 5 not fully undone, 130 cancelled."})
final class PlanRunCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A plan file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--yes", description = "Do not ask before running (needed without a terminal, e.g. from cron).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME",
            description = "On a production host: its name, typed out, to confirm the plan.")
    String confirmHost;

    PlanRunCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PlanFactoryRegistry registry = PlanFactoryRegistry.standard(context.dirs());
        PlanRequest request = new PlanFiles(registry).read(file);
        HostProfile profile = find(request.host());
        ProductionGuard guard = new ProductionGuard();
        if (guard.requiresConfirmation(profile) && confirmHost == null) {
            throw new CliFailure(ExitStatus.REFUSED, profile.name() + " is a production host: to run " + file
                    + " on it, add --confirm-host " + profile.name() + ". Nothing was done.");
        }
        try (HostSession session = connect(profile)) {
            Plan plan;
            try {
                plan = registry.build(request, session);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            } catch (Exception e) {
                throw new CliFailure(ExitStatus.FAILED, "The plan could not be built on " + profile.name() + ": " + e.getMessage());
            }
            context.out().println(plan.title());
            for (int i = 0; i < plan.steps().size(); i++) {
                context.out().println("  " + (i + 1) + ". " + plan.steps().get(i).description());
            }
            context.out().flush();
            if (!yes) {
                if (!context.terminal().interactive()) {
                    throw new CliFailure(ExitStatus.USAGE, "Refusing to run \"" + plan.title()
                            + "\" without a terminal to ask: add --yes. Nothing was done.");
                }
                String answer = context.terminal().readLine("Run this plan on " + profile.name() + "? [y/N] ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    context.err().println("pilothouse: nothing was done.");
                    return ExitStatus.USAGE.code();
                }
            }
            CancelToken token = new CancelToken();
            PlanResult result;
            try (PlanCancellation ignored = PlanCancellation.install(token, context.err())) {
                result = new PlanRunner(context.journal(), guard).withHostLocks(context.dirs().locksDir())
                        .run(plan, profile, confirmHost, new PlanProgressPrinter(context.out(), context.terminal().interactive()),
                                token, new DockerChangeReverter(session.docker()));
            }
            ExitStatus status = switch (result.outcome()) {
                case SUCCEEDED -> ExitStatus.OK;
                case FAILED_UNDONE -> ExitStatus.FAILED_UNDONE;
                case CANCELLED_UNDONE -> ExitStatus.CANCELLED;
                case UNDO_INCOMPLETE -> ExitStatus.FAILED_NOT_UNDONE;
                case REFUSED -> ExitStatus.REFUSED;
            };
            if (status == ExitStatus.OK) {
                context.out().println(result.summary());
            } else {
                context.err().println("pilothouse: " + result.summary());
            }
            return status.code();
        }
    }
}
