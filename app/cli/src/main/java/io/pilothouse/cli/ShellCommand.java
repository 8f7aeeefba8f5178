package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.terminal.CloseReport;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.ExecSession;
import io.pilothouse.core.terminal.LockRequest;
import io.pilothouse.core.terminal.MaintenancePlan;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.MaintenanceSession;
import io.pilothouse.core.terminal.TerminalOutput;
import io.pilothouse.core.terminal.TerminalSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** pilothouse shell HOST CONTAINER [--user U] [--lock PATH]... [--lease SECONDS] [--command CMD] */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Opens a shell in a container of a saved host, or runs one command there.",
                "With --lock, the paths are locked (flock) first, all or none, for as long as the shell or the "
                        + "command runs; a supervisor that honours those locks leaves the modules alone meanwhile.",
                "Exit status: the command's own when it ran; otherwise 1 failed, 2 usage or refused, 3 host unreachable."})
final class ShellCommand extends HostCommand implements Callable<Integer> {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1", paramLabel = "CONTAINER", description = "A container's name or id.")
    String container;

    @Option(names = {"-u", "--user"}, paramLabel = "U", description = "Run as this user (name or uid[:gid]).")
    String user;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory in the container.")
    String workdir;

    @Option(names = "--lock", paramLabel = "PATH", description = "A path to lock in the container (repeatable).")
    List<String> locks = new ArrayList<>();

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "30",
            description = "Locks are let go this long after Pilothouse stops answering (default ${DEFAULT-VALUE}).")
    long leaseSeconds;

    @Option(names = {"-c", "--command"}, paramLabel = "CMD", description = "Run CMD (with /bin/sh -c) without a terminal.")
    String command;

    @Option(names = "--confirm-host", paramLabel = "NAME",
            description = "On a production host: its name, typed out, to confirm taking locks.")
    String confirmHost;

    ShellCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        LockRequest lockRequest = new LockRequest(container, locks, JournalEntry.currentUser() + "@cli",
                Duration.ofSeconds(leaseSeconds));
        if (!locks.isEmpty() && !lockRequest.problems().isEmpty()) {
            throw new CliFailure(ExitStatus.USAGE, String.join(" ", lockRequest.problems()) + " Nothing was done.");
        }
        boolean interactive = command == null;
        if (interactive && (System.console() == null || !context.terminal().interactive())) {
            throw new CliFailure(ExitStatus.USAGE, "An interactive shell needs a terminal: run it from one, "
                    + "or give --command CMD. Nothing was done.");
        }
        HostProfile profile = find(host);
        ProductionGuard guard = new ProductionGuard();
        if (!locks.isEmpty() && guard.requiresConfirmation(profile) && !guard.confirms(profile, confirmHost)) {
            throw new CliFailure(ExitStatus.USAGE, profile.name() + " is a production host: to lock "
                    + String.join(", ", locks) + " in " + container + ", add --confirm-host " + profile.name()
                    + ". Nothing was done.");
        }
        ExecRequest request = new ExecRequest(container,
                interactive ? List.of() : List.of("/bin/sh", "-c", command), user, workdir, interactive);
        try (HostSession session = connect(profile)) {
            TerminalSession terminal;
            if (locks.isEmpty()) {
                terminal = new ExecSession(session.docker(), request, TIMEOUT);
            } else {
                terminal = takeLocks(session, profile, lockRequest, request);
            }
            return interactive ? runInteractive(terminal) : runCommand(terminal);
        }
    }

    private MaintenanceSession takeLocks(HostSession session, HostProfile profile, LockRequest lockRequest,
                                         ExecRequest request) {
        MaintenancePlan mp = MaintenancePlan.build(session.docker(), profile.id(), lockRequest, TIMEOUT);
        context.err().println(mp.plan().title() + ":");
        for (int i = 0; i < mp.plan().steps().size(); i++) {
            context.err().println("  " + (i + 1) + ". " + mp.plan().steps().get(i).description());
        }
        context.err().flush();
        PlanResult result = new PlanRunner(context.journal(), guard()).run(mp.plan(), profile, confirmHost,
                new PlanListener() {
                    @Override
                    public void stepStarted(int index, Step step) {
                    }
                }, new CancelToken());
        if (!result.succeeded()) {
            String why = result.steps().stream().filter(s -> !s.message().isEmpty()).map(s -> s.message())
                    .findFirst().orElse(result.summary());
            throw new CliFailure(ExitStatus.USAGE, why + " Nothing was done.");
        }
        return new MaintenanceSession(session.docker(), profile, mp.lock().orElseThrow(), request, context.journal(),
                new MaintenanceRegistry(), TIMEOUT);
    }

    private static ProductionGuard guard() {
        return new ProductionGuard();
    }

    private int runCommand(TerminalSession terminal) throws InterruptedException {
        DecodingWriter out = new DecodingWriter(context.out());
        DecodingWriter err = new DecodingWriter(context.err());
        terminal.start(new TerminalOutput() {
            @Override
            public void bytes(byte[] data, int offset, int length) {
                out.write(data, offset, length);
            }

            @Override
            public void errorBytes(byte[] data, int offset, int length) {
                err.write(data, offset, length);
            }

            @Override
            public void ended(Integer exitCode, Throwable failure) {
            }
        });
        Integer code;
        try {
            code = terminal.exited().get();
        } catch (ExecutionException e) {
            code = null;
        }
        CloseReport report = terminal.close();
        if (terminal instanceof MaintenanceSession) {
            context.err().println("pilothouse: " + report.sentence().strip());
            context.err().flush();
        }
        return code == null ? ExitStatus.FAILED.code() : code;
    }

    private int runInteractive(TerminalSession terminal) throws Exception {
        String saved = stty("-g").strip();
        PrintStream out = System.out;
        Thread shutdown = new Thread(() -> {
            terminal.close();
            restore(saved);
        });
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            stty("raw", "-echo");
            terminal.start(new TerminalOutput() {
                @Override
                public void bytes(byte[] data, int offset, int length) {
                    out.write(data, offset, length);
                    out.flush();
                }

                @Override
                public void ended(Integer exitCode, Throwable failure) {
                }
            });
            resizeFromTty(terminal);
            Thread pump = new Thread(() -> {
                InputStream in = System.in;
                byte[] buf = new byte[4096];
                try {
                    int n;
                    while (!terminal.exited().isDone() && (n = in.read(buf)) >= 0) {
                        terminal.write(java.util.Arrays.copyOf(buf, n));
                    }
                } catch (IOException e) {
                    // the terminal went away
                }
            }, "shell-stdin");
            pump.setDaemon(true);
            pump.start();
            Integer code;
            try {
                code = terminal.exited().get();
            } catch (ExecutionException e) {
                code = null;
            }
            restore(saved);
            CloseReport report = terminal.close();
            context.err().println("pilothouse: " + report.sentence().strip());
            context.err().flush();
            return code == null ? ExitStatus.FAILED.code() : code;
        } finally {
            restore(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException ignored) {
                // shutting down
            }
        }
    }

    private static void resizeFromTty(TerminalSession terminal) {
        try {
            String[] size = stty("size").strip().split("\\s+");
            terminal.resize(Integer.parseInt(size[1]), Integer.parseInt(size[0]));
        } catch (RuntimeException | IOException | InterruptedException e) {
            // keep Docker's default size
        }
    }

    private static void restore(String saved) {
        try {
            stty(saved.isEmpty() ? "sane" : saved);
        } catch (IOException | InterruptedException e) {
            // nothing more to do
        }
    }

    private static String stty(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("stty"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
