package io.pilothouse.cli;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.profiles.ProfileStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.concurrent.Callable;

/** The pilothouse command: the same core as the desktop app, headless. */
@Command(name = "pilothouse", mixinStandardHelpOptions = true, version = "pilothouse 0.1.0",
        description = "Administers Docker hosts: the command-line face of Pilothouse.",
        subcommands = {HostsCommand.class, InventoryCommand.class, WatchCommand.class, ContainerCommand.class,
                LogsCommand.class, PlanCommand.class, JournalCommand.class, RecoverCommand.class,
                BackupCommand.class, RestoreCommand.class, CopyVolumeCommand.class, BackupsCommand.class,
                UpdatesCommand.class, UpgradeCommand.class, RollbackCommand.class, ShellCommand.class,
                ScaleCommand.class, NodesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:failed for another reason",
                "2:bad usage or input, or refused: production host not confirmed, or another plan holds the host",
                "3:host unreachable, untrusted or not authenticated",
                "4:operation failed and everything it had changed was undone",
                "5:operation failed and was not fully undone",
                "130:plan cancelled with Ctrl-C and undone"})
public final class PilothouseCli implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PilothouseCli.class);

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public PilothouseCli(CliContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        // each face has its own logging setup; both jars share one class path in the installed package
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "pilothouse-cli-logback.xml");
        }
        System.exit(new PilothouseCli(CliContext.system()).execute(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitStatus}). */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(this, new ContextFactory(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setParameterExceptionHandler(PilothouseCli::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd.getErr()));
        int code = cl.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Give a command, for example: pilothouse hosts list");
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("pilothouse: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for how to use it.");
        err.flush();
        return ExitStatus.USAGE.code();
    }

    private static int failure(Exception ex, PrintWriter err) {
        ExitStatus status;
        if (ex instanceof CliFailure f) {
            status = f.status();
        } else if (ex instanceof ConnectionFailure) {
            status = ExitStatus.HOST_UNREACHABLE;
        } else if (ex instanceof IllegalArgumentException) {
            status = ExitStatus.USAGE;
        } else if (ex instanceof ProfileStoreException) {
            status = ExitStatus.FAILED;
        } else {
            LOG.warn("Unexpected failure", ex);
            status = ExitStatus.FAILED;
        }
        err.println("pilothouse: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        err.flush();
        return status.code();
    }

    /** Creates commands that take the {@link CliContext}, and everything else the usual way. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(CliContext.class);
                c.setAccessible(true);
                return c.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
