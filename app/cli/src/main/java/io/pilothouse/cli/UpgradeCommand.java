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
            description = "recreate (default) or rolling (the same, one target at a time).")
    String strategy;

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
        if (!strategy.equals("recreate") && !strategy.equals("rolling")) {
            throw new CliFailure(ExitStatus.USAGE, switch (strategy) {
                case "blue-green", "window" -> "The " + strategy + " strategy is not available in this version: use recreate or rolling. Nothing was done.";
                default -> "Unknown strategy \"" + strategy + "\": use recreate or rolling. Nothing was done.";
            });
        }
        HealthGate gate;
        try {
            gate = HealthGate.defaults().withTimeout(Duration.ofSeconds(healthTimeout)).withSettle(Duration.ofSeconds(settle));
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
                    previews.add(upgrades.preview(t, image, gate));
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
