package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.HealthGate;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RecreatePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * pilothouse rollback HOST CONTAINER|SERVICE : recreates a container on the image it had before its last
 * upgrade, or rolls a swarm service back to its previous spec.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Puts a container back on the image it had before its last upgrade (found in the journal),",
                "with the same recreate: same configuration, health-gated, undone on failure.",
                "A swarm service goes back to its previous spec (swarm's own rollback), followed until it completes."})
final class RollbackCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1", paramLabel = "CONTAINER", description = "The container's name.")
    String container;

    @Option(names = "--health-timeout", paramLabel = "S", defaultValue = "60")
    long healthTimeout;

    @Option(names = "--yes", description = "Do not ask before acting (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME",
            description = "On a production host: its name, typed out, to confirm the rollback.")
    String confirmHost;

    RollbackCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile profile = find(host);
        UpgradeConfirmation confirm = new UpgradeConfirmation(context);
        confirm.requireHostName(profile, confirmHost, "roll back " + container);
        try (HostSession session = connect(profile)) {
            io.pilothouse.core.workflows.upgrade.EngineApi api = io.pilothouse.core.workflows.upgrade.EngineApi.of(session.docker());
            boolean service;
            try {
                service = api.exists("/services/" + io.pilothouse.core.workflows.upgrade.EngineApi.encode(container));
            } catch (io.pilothouse.core.workflows.upgrade.EngineRequestFailed notSwarm) {
                service = false;
            }
            if (service) {
                io.pilothouse.core.ops.Plan plan;
                try {
                    plan = new io.pilothouse.core.workflows.upgrade.ServiceUpgradePlanFactory(api, profile.id(),
                            RegistryCredentials.none()).rollback(container, Duration.ofSeconds(Math.max(60, healthTimeout * 5)));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(ExitStatus.USAGE, e.getMessage());
                }
                confirm.showPlan(plan);
                if (!confirm.ask(yes, "roll back service " + container + " on " + profile.name())) {
                    return ExitStatus.USAGE.code();
                }
                return confirm.report(new io.pilothouse.core.ops.PlanRunner(context.journal(), new ProductionGuard())
                        .withHostLocks(context.dirs().locksDir())
                        .run(plan, profile, confirmHost, new PlanListener() { }, new CancelToken())).code();
            }
            ContainerUpgrades upgrades = new ContainerUpgrades(session, context.journal(), new ProductionGuard(),
                    RegistryCredentials.from(context.dirs().dockerConfigDir().resolve("config.json")))
                    .withHostLocks(context.dirs().locksDir());
            RecreatePreview preview;
            try {
                preview = upgrades.previewRollback(container,
                        HealthGate.defaults().withTimeout(Duration.ofSeconds(Math.max(1, healthTimeout))));
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            confirm.show(preview);
            if (!confirm.ask(yes, "roll back " + container + " on " + profile.name())) {
                return ExitStatus.USAGE.code();
            }
            return confirm.report(upgrades.run(preview, confirmHost, new PlanListener() { }, new CancelToken())).code();
        }
    }
}
