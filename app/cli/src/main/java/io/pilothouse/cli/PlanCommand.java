package io.pilothouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** pilothouse plan: plan files saved from the desktop wizards (or written by hand). */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Runs plan files (YAML or JSON) saved from the desktop wizards: a nightly backup from cron.",
        subcommands = {PlanRunCommand.class})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Give a plan command: run FILE");
    }
}
