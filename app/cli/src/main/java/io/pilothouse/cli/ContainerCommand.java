package io.pilothouse.cli;

import io.pilothouse.core.containers.ActionOptions;
import io.pilothouse.core.containers.ContainerAction;
import io.pilothouse.core.containers.ContainerActionResult;
import io.pilothouse.core.containers.ContainerActionResult.Outcome;
import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.ProductionGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** pilothouse container start|stop|restart|pause|unpause|kill|rm HOST NAME... */
@Command(name = "container", mixinStandardHelpOptions = true,
        description = {"Starts, stops, restarts, pauses, unpauses, kills or removes containers of a saved host.",
                "On a production host the host's name must be given with --confirm-host; every action is journaled."})
final class ContainerCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop, restart, pause, unpause, kill or rm.")
    String action;

    @Parameters(index = "1", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "NAME", description = "Containers: names or ids.")
    List<String> containers;

    @Option(names = "--yes", description = "Do not ask before acting (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME",
            description = "On a production host: its name, typed out, to confirm the action.")
    String confirmHost;

    @Option(names = {"-v", "--volumes"}, description = "rm: also remove the containers' anonymous volumes.")
    boolean volumes;

    @Option(names = {"-f", "--force"}, description = "rm: remove running containers too.")
    boolean force;

    ContainerCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        ContainerAction act;
        try {
            act = ContainerAction.fromWord(action);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage());
        }
        if ((volumes || force) && act != ContainerAction.REMOVE) {
            throw new CliFailure(ExitStatus.USAGE, "--volumes and --force go with rm only");
        }
        HostProfile profile = find(host);
        ProductionGuard guard = new ProductionGuard();
        if (guard.requiresConfirmation(profile)) {
            if (confirmHost == null) {
                throw new CliFailure(ExitStatus.USAGE, profile.name() + " is a production host: to "
                        + act.describe(containers.size()) + " on it, add --confirm-host " + profile.name() + ". Nothing was done.");
            }
        }
        if (!yes) {
            if (!context.terminal().interactive()) {
                throw new CliFailure(ExitStatus.USAGE, "Refusing to " + act.describe(containers.size()) + " on "
                        + profile.name() + " without a terminal to ask: add --yes. Nothing was done.");
            }
            String answer = context.terminal().readLine(capital(act.describe(containers.size())) + " on " + profile.name()
                    + " (" + String.join(", ", containers) + ")? [y/N] ");
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                context.err().println("pilothouse: nothing was done.");
                return ExitStatus.USAGE.code();
            }
        }
        ActionOptions options = ActionOptions.defaults().withRemoveVolumes(volumes).withForce(force);
        List<ContainerActionResult> results;
        try (HostSession session = connect(profile);
             ContainerActions actions = new ContainerActions(session, context.journal(), guard)) {
            results = actions.run(act, containers, options, confirmHost).get();
        } catch (ExecutionException e) {
            throw new CliFailure(ExitStatus.FAILED, e.getCause().getMessage());
        }
        boolean refused = false;
        boolean failed = false;
        for (ContainerActionResult r : results) {
            switch (r.outcome()) {
                case DONE, UNCHANGED -> context.out().println(r.name() + ": " + r.message());
                case REFUSED -> {
                    refused = true;
                    context.err().println("pilothouse: " + r.name() + ": refused: " + r.message());
                }
                case FAILED -> {
                    failed = true;
                    context.err().println("pilothouse: " + r.name() + ": " + r.message());
                }
            }
        }
        if (refused) {
            return ExitStatus.USAGE.code();
        }
        return failed ? ExitStatus.FAILED.code() : ExitStatus.OK.code();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
