package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.scale.ReplicasPlanFactory;
import io.pilothouse.core.workflows.scale.ReplicasRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.core.workflows.scale.ScaleServicePlanFactory;
import io.pilothouse.core.workflows.scale.ScaleServiceRequest;
import io.pilothouse.core.workflows.scale.SwarmServices;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** pilothouse scale HOST SERVICE REPLICAS [--step K] [--interval S] [--force] | HOST CONTAINER REPLICAS --proxy PROXY */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"Scales a swarm service step by step (k replicas per step, an interval between steps, each step",
                "waiting until its tasks run), or, with --proxy, runs a standalone container as replicas NAME-2, NAME-3, …",
                "behind an nginx proxy container, sticky by client address. A failure returns to the starting count."})
final class ScaleCommand extends PlanHostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1", paramLabel = "TARGET", description = "A swarm service, or with --proxy a container.")
    String target;

    @Parameters(index = "2", paramLabel = "REPLICAS", description = "The count to reach (with --proxy: the original counts).")
    int replicas;

    @Option(names = "--step", paramLabel = "K", description = "Replicas added or removed per step (default 1).")
    Integer step;

    @Option(names = "--interval", paramLabel = "S", description = "Seconds between steps (default 0 up, 25 down).")
    Integer interval;

    @Option(names = "--force", description = "Let a quorum service (io.pilothouse.quorum=majority) go below a majority.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds one step may take to converge (default 120).")
    Integer timeout;

    @Option(names = "--proxy", paramLabel = "PROXY_CONTAINER", description = "The nginx container that serves the replicas.")
    String proxy;

    @Option(names = "--port", paramLabel = "PORT", description = "With --proxy: the port the replicas listen on (default: the first exposed).")
    Integer port;

    @Option(names = "--listen-port", paramLabel = "PORT", description = "With --proxy: the port the proxy serves them on (default 8080).")
    Integer listenPort;

    @Option(names = "--drain", paramLabel = "S", description = "With --proxy: seconds a replica taken out keeps running (default 10).")
    Integer drain;

    @Option(names = "--yes", description = "Do not ask (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "On a production host: its name, typed out.")
    String confirmHost;

    ScaleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        HostProfile profile = find(host);
        if (proxy == null && (port != null || listenPort != null || drain != null)) {
            throw new CliFailure(ExitStatus.USAGE, "--port, --listen-port and --drain go with --proxy. Nothing was done.");
        }
        if (proxy != null && (step != null || interval != null || force)) {
            throw new CliFailure(ExitStatus.USAGE, "--step, --interval and --force are for swarm services, not with --proxy."
                    + " Nothing was done.");
        }
        try (HostSession session = connect(profile)) {
            ScalePreview preview;
            try {
                preview = proxy != null
                        ? new ReplicasPlanFactory().preview(new ReplicasRequest(profile.name(), target, replicas, proxy, port,
                                listenPort, drain), session)
                        : swarm(profile, session);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            preview(preview.plan(), preview.warnings().stream().map(w -> "  warning: " + w).toList());
            confirm(preview.plan(), profile, yes, confirmHost, false);
            return report(execute(preview.plan(), profile, confirmHost, session.docker()));
        }
    }

    private ScalePreview swarm(HostProfile profile, HostSession session) {
        ScaleServiceRequest request = new ScaleServiceRequest(profile.name(), target, replicas, step, interval, force, timeout);
        SwarmServices services = new SwarmServices(EngineApi.of(session.docker()));
        try {
            return new ScaleServicePlanFactory().preview(request, services, profile.id(), profile.name());
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("There is no swarm service") && isContainer(session)) {
                throw new IllegalArgumentException(target + " is a container, not a swarm service: add --proxy PROXY_CONTAINER"
                        + " to run it as replicas behind an nginx proxy. Nothing was done.");
            }
            throw e;
        }
    }

    private boolean isContainer(HostSession session) {
        return EngineApi.of(session.docker()).exists("/containers/" + EngineApi.encode(target) + "/json");
    }
}
