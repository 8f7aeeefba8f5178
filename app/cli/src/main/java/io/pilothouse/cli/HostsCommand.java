package io.pilothouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** pilothouse hosts: the saved Docker hosts. */
@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "Lists, adds, tests and removes saved Docker hosts (shared with the desktop app).",
        subcommands = {HostsListCommand.class, HostsAddCommand.class, HostsTestCommand.class,
                HostsRemoveCommand.class, HostsImportContextsCommand.class})
final class HostsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Give a hosts command: list, add, test, remove or import-contexts");
    }
}
