package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.HealthGate;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RecreatePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse upgrade HOST TARGET... : recreates containers on a new image, health-gated, undone on failure. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Upgrades containers of a saved host: pulls the image, recreates each container with the same",
                "configuration, waits until it is up, and gives the old one back on any failure.",
                "Several targets are upgraded one at a time in the order given; the first failure stops the run."})
final class UpgradeCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TARGET", description = "Containers: names or ids.")
    List<String> targets;

    @Option(names = "--image", paramLabel = "REF",
            description = "The new image (REPO:TAG, or :TAG for another tag of the same repository); default: the container's own reference, pulled again.")
    String image;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "recreate",
            description = "recreate (default); blue-green (green beside blue, the network alias moved when it is up);"
                    + " rolling (containers one at a time, a swarm service's rolling update, or a stack one service at a time);"
                    + " window (a stack: stop it all, upgrade, start in dependency order).")
    String strategy;

    @Option(names = "--alias", paramLabel = "NAME",
            description = "blue-green: the network alias to move (repeatable); default: every alias the container has.")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--drain", paramLabel = "S", defaultValue = "10",
            description = "blue-green: seconds the old container keeps running after new clients go to green (default 10).")
    long drain;

    @Option(names = "--probe-port", paramLabel = "PORT",
            description = "Also wait until the new container answers on this port inside it (TCP, or HTTP with --probe-path).")
    Integer probePort;

    @Option(names = "--probe-path", paramLabel = "PATH", description = "With --probe-port: an HTTP path that must answer 2xx.")
    String probePath;

    @Option(names = "--health-timeout", paramLabel = "S", defaultValue = "60",
            description = "Seconds to wait for a healthcheck to pass (default 60).")
    long healthTimeout;

    @Option(names = "--settle", paramLabel = "S", defaultValue = "3",
            description = "Without a healthcheck: seconds the new container must keep running (default 3).")
    long settle;

    @Option(names = "--yes", description = "Do not ask before acting (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME",
            description = "On a production host: its name, typed out, to confirm the upgrade.")
    String confirmHost;

    UpgradeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!List.of("recreate", "blue-green", "rolling", "window").contains(strategy)) {
            throw new CliFailure(ExitStatus.USAGE, "Unknown strategy \"" + strategy
                    + "\": use recreate, blue-green, rolling or window. Nothing was done.");
        }
        if (drain < 0) {
            throw new CliFailure(ExitStatus.USAGE, "The drain time cannot be negative, not " + drain + " s. Nothing was done.");
        }
        if (probePath != null && (probePort == null || !probePath.startsWith("/"))) {
            throw new CliFailure(ExitStatus.USAGE, probePort == null ? "--probe-path needs --probe-port. Nothing was done."
                    : "The probe path must start with /, not \"" + probePath + "\". Nothing was done.");
        }
        HealthGate gate;
        try {
            gate = HealthGate.defaults().withTimeout(Duration.ofSeconds(healthTimeout)).withSettle(Duration.ofSeconds(settle))
                    .withProbe(probePort, probePath);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage() + ". Nothing was done.");
        }
        HostProfile profile = find(host);
        UpgradeConfirmation confirm = new UpgradeConfirmation(context);
        confirm.requireHostName(profile, confirmHost, "upgrade " + String.join(", ", targets));
        try (HostSession session = connect(profile)) {
            ContainerUpgrades upgrades = new ContainerUpgrades(session, context.journal(), new ProductionGuard(),
                    RegistryCredentials.from(context.dirs().dockerConfigDir().resolve("config.json")));
            List<RecreatePreview> previews = new ArrayList<>();
            for (String t : targets) {
                try {
                    previews.add(strategy.equals("blue-green")
                            ? upgrades.previewBlueGreen(t, image, gate, aliases, Duration.ofSeconds(drain))
                            : upgrades.preview(t, image, gate));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(ExitStatus.USAGE, e.getMessage() + " Nothing was done.");
                }
            }
            previews.forEach(confirm::show);
            if (!confirm.ask(yes, "upgrade " + String.join(", ", targets) + " on " + profile.name())) {
                return ExitStatus.USAGE.code();
            }
            int done = 0;
            for (RecreatePreview p : previews) {
                PlanResult result = upgrades.run(p, confirmHost, progress(), new CancelToken());
                ExitStatus status = confirm.report(result);
                if (status != ExitStatus.OK) {
                    for (int i = done + 1; i < previews.size(); i++) {
                        context.err().println("pilothouse: " + previews.get(i).container() + ": not upgraded (the run stopped at "
                                + p.container() + ")");
                    }
                    return status.code();
                }
                done++;
            }
            return ExitStatus.OK.code();
        }
    }

    private PlanListener progress() {
        return new PlanListener() {
            @Override
            public void stepStarted(int index, Step step) {
                context.out().println("- " + step.description());
                context.out().flush();
            }

            @Override
            public void undoStarted(int index, Step step) {
                context.err().println("  undo: " + step.description());
            }
        };
    }
}
