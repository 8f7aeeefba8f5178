package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanRecovery;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.RecoveryResult;
import io.pilothouse.core.ops.UnfinishedPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** pilothouse recover HOST: finishes the undo of plans that died on a host (started what they stopped ...). */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Takes back what unfinished plans (their process died) changed on a host: starts the containers",
                "they stopped, unpauses, renames back, removes what they created. Exit 0 when all is taken back, 5 otherwise."})
final class RecoverCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--yes", description = "Do not ask before taking back (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "On a production host: its name, typed out.")
    String confirmHost;

    RecoverCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile profile = openCatalog().find(host).orElseThrow(() -> new CliFailure(ExitStatus.USAGE,
                "There is no host named " + host + " (see: pilothouse hosts list)"));
        PlanRecovery recovery = new PlanRecovery(context.journal(), context.dirs().locksDir());
        List<UnfinishedPlan> plans = new ArrayList<>(recovery.unfinished(profile.name()));
        if (plans.isEmpty()) {
            context.out().println("No unfinished plan on " + profile.name() + "; nothing to take back.");
            return ExitStatus.OK.code();
        }
        for (UnfinishedPlan p : plans) {
            context.out().println(p.sentence());
        }
        ProductionGuard guard = new ProductionGuard();
        if (!guard.confirms(profile, confirmHost)) {
            throw new CliFailure(ExitStatus.REFUSED, profile.name() + " is a production host: to take these plans back, add --confirm-host "
                    + profile.name() + ". Nothing was done.");
        }
        if (!yes) {
            if (!context.terminal().interactive()) {
                throw new CliFailure(ExitStatus.USAGE, "Refusing to take back plans on " + profile.name()
                        + " without a terminal to ask: add --yes. Nothing was done.");
            }
            String answer = context.terminal().readLine("Take " + (plans.size() == 1 ? "it" : "them") + " back now? [y/N] ");
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                context.err().println("pilothouse: nothing was done.");
                return ExitStatus.USAGE.code();
            }
        }
        boolean complete = true;
        java.util.Collections.reverse(plans);
        try (HostSession session = connect(profile)) {
            for (UnfinishedPlan p : plans) {
                RecoveryResult r = recovery.recover(p, profile, new DockerChangeReverter(session.docker()));
                complete &= r.complete();
                (r.complete() ? context.out() : context.err()).println(r.complete() ? r.summary() : "pilothouse: " + r.summary());
            }
        }
        return complete ? ExitStatus.OK.code() : ExitStatus.FAILED_NOT_UNDONE.code();
    }
}
