package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;
import io.pilothouse.core.workflows.upgrade.PlatformMode;
import io.pilothouse.core.workflows.upgrade.PlatformPreview;
import io.pilothouse.core.workflows.upgrade.PlatformReport;
import io.pilothouse.core.workflows.upgrade.PlatformUpgrades;
import io.pilothouse.core.workflows.upgrade.ServiceOutcome;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePlanFactory;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePreview;
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
        description = {"Upgrades containers, a swarm service or a stack of a saved host: pulls the image, recreates each container with the same",
                "configuration, waits until it is up, and gives the old one back on any failure.",
                "Several targets are upgraded one at a time in the order given; the first failure stops the run."})
final class UpgradeCommand extends HostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TARGET",
            description = "Containers (names or ids), a swarm service, or a stack (compose project).")
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

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
            description = "A service: tasks updated at a time, 0 for all (default 1).")
    int parallelism;

    @Option(names = "--update-delay", paramLabel = "S", defaultValue = "0",
            description = "A service: seconds between batches of tasks (default 0).")
    long updateDelay;

    @Option(names = "--update-order", paramLabel = "ORDER", defaultValue = "start-first",
            description = "A service: start-first (default) or stop-first.")
    String updateOrder;

    @Option(names = "--failure-action", paramLabel = "ACTION", defaultValue = "rollback",
            description = "A service: rollback (default), pause or continue when new tasks fail.")
    String failureAction;

    @Option(names = "--monitor", paramLabel = "S", defaultValue = "5",
            description = "A service: seconds each new task is watched before it counts as up (default 5).")
    long monitor;

    @Option(names = "--service-order", paramLabel = "A,B,...", split = ",",
            description = "A stack: the services in the order to upgrade them (default: dependency order).")
    List<String> serviceOrder = new ArrayList<>();

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
            RegistryCredentials credentials = RegistryCredentials.from(context.dirs().dockerConfigDir().resolve("config.json"));
            if (targets.size() == 1 && (strategy.equals("rolling") || strategy.equals("window"))) {
                EngineApi api = EngineApi.of(session.docker());
                String target = targets.get(0);
                if (isService(api, target)) {
                    if (strategy.equals("window")) {
                        throw new CliFailure(ExitStatus.USAGE, target + " is a swarm service: it is updated with the rolling"
                                + " strategy (swarm replaces its tasks). Nothing was done.");
                    }
                    return upgradeService(session, api, profile, confirm, credentials, target);
                }
                PlatformUpgrades platforms = new PlatformUpgrades(session, context.journal(), new ProductionGuard(), credentials)
                        .withHostLocks(context.dirs().locksDir());
                if (platforms.isPlatform(target)) {
                    return upgradePlatform(platforms, profile, confirm, gate, target);
                }
                if (strategy.equals("window")) {
                    throw new CliFailure(ExitStatus.USAGE, "The window strategy upgrades a stack, and there is no stack \""
                            + target + "\" on " + profile.name() + ". Nothing was done.");
                }
            } else if (strategy.equals("window")) {
                throw new CliFailure(ExitStatus.USAGE, "The window strategy upgrades one stack at a time. Nothing was done.");
            }
            return upgradeContainers(session, profile, confirm, credentials, gate);
        }
    }

    private static boolean isService(EngineApi api, String name) {
        try {
            return api.exists("/services/" + EngineApi.encode(name));
        } catch (EngineRequestFailed notSwarm) {
            return false;
        }
    }

    private int upgradeService(HostSession session, EngineApi api, HostProfile profile, UpgradeConfirmation confirm,
                               RegistryCredentials credentials, String service) {
        ServiceUpgradePreview preview;
        try {
            ServiceUpdateSettings settings = new ServiceUpdateSettings(parallelism, Duration.ofSeconds(updateDelay),
                    ServiceUpdateSettings.Order.parse(updateOrder), ServiceUpdateSettings.FailureAction.parse(failureAction),
                    Duration.ofSeconds(monitor), Duration.ofSeconds(Math.max(healthTimeout, 1) * 5));
            preview = new ServiceUpgradePlanFactory(api, profile.id(), credentials).preview(service, image, settings);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage() + ". Nothing was done.");
        }
        confirm.showPlan(preview.plan());
        context.out().println("  image: " + preview.currentImage() + " -> " + preview.newImage());
        if (!confirm.ask(yes, "update service " + service + " on " + profile.name())) {
            return ExitStatus.USAGE.code();
        }
        PlanResult result = new PlanRunner(context.journal(), new ProductionGuard()).withHostLocks(context.dirs().locksDir())
                .run(preview.plan(), profile, confirmHost, progress(), new CancelToken());
        return confirm.report(result).code();
    }

    private int upgradePlatform(PlatformUpgrades platforms, HostProfile profile, UpgradeConfirmation confirm, HealthGate gate,
                                String stack) {
        PlatformPreview preview;
        try {
            preview = platforms.preview(stack, serviceOrder, PlatformMode.parse(strategy), gate);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage() + " Nothing was done.");
        }
        confirm.showPlan(preview.plan());
        preview.members().forEach(m -> m.preview().differenceLines()
                .forEach(l -> context.out().println("  " + m.container() + ": " + l)));
        if (!confirm.ask(yes, "upgrade stack " + stack + " on " + profile.name())) {
            return ExitStatus.USAGE.code();
        }
        PlatformReport report = platforms.run(preview, confirmHost, progress(), new CancelToken());
        for (ServiceOutcome o : report.services()) {
            context.out().println(o.service() + ": " + switch (o.kind()) {
                case UPGRADED -> "upgraded, ";
                case FAILED_UNDONE -> "FAILED and taken back: ";
                case NOT_UPGRADED -> "";
            } + o.message());
        }
        return confirm.report(report.result()).code();
    }

    private int upgradeContainers(HostSession session, HostProfile profile, UpgradeConfirmation confirm,
                                  RegistryCredentials credentials, HealthGate gate) {
        ContainerUpgrades upgrades = new ContainerUpgrades(session, context.journal(), new ProductionGuard(), credentials)
                .withHostLocks(context.dirs().locksDir());
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
