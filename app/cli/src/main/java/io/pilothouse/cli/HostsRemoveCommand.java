package io.pilothouse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** pilothouse hosts remove NAME */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Forgets a saved host (nothing on the host itself changes).")
final class HostsRemoveCommand extends CatalogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The host's name.")
    String name;

    HostsRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!openCatalog().remove(name)) {
            throw new CliFailure(ExitStatus.USAGE, "There is no host named " + name + " (see: pilothouse hosts list)");
        }
        context.out().println("Removed host " + name);
        return ExitStatus.OK.code();
    }
}
