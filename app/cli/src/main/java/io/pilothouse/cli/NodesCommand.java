package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.scale.NodeAvailabilityPlanFactory;
import io.pilothouse.core.workflows.scale.NodeAvailabilityRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.core.workflows.scale.SwarmNode;
import io.pilothouse.core.workflows.scale.SwarmNodes;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse nodes HOST [drain|activate|pause NODE] */
@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = {"Lists a swarm's nodes (availability, state, running tasks), or sets one node's availability as a plan:",
                "drain moves its tasks away and waits until none runs there, pause gives it no new tasks, activate takes them again."})
final class NodesCommand extends PlanHostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ACTION", description = "drain, activate or pause.")
    String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "NODE", description = "The node's hostname or id.")
    String node;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds a drain may take to empty the node (default 120).")
    Integer timeout;

    @Option(names = "--yes", description = "Do not ask (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "On a production host: its name, typed out.")
    String confirmHost;

    NodesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (action != null && node == null) {
            throw new CliFailure(ExitStatus.USAGE, "Which node? Use: pilothouse nodes " + host + " " + action + " NODE");
        }
        NodeAvailabilityRequest request = null;
        if (action != null) {
            try {
                request = new NodeAvailabilityRequest(host, node, action, timeout);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
        }
        HostProfile profile = find(host);
        try (HostSession session = connect(profile)) {
            SwarmNodes nodes = new SwarmNodes(EngineApi.of(session.docker()));
            if (request == null) {
                return list(nodes);
            }
            ScalePreview preview;
            try {
                preview = new NodeAvailabilityPlanFactory().preview(request, nodes, profile.id(), profile.name());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            preview(preview.plan(), preview.warnings().stream().map(w -> "  warning: " + w).toList());
            confirm(preview.plan(), profile, yes, confirmHost, false);
            return report(execute(preview.plan(), profile, confirmHost, session.docker()));
        }
    }

    private int list(SwarmNodes nodes) {
        List<SwarmNode> all;
        try {
            all = nodes.list();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage());
        }
        int width = Math.max(8, all.stream().mapToInt(n -> n.hostname().length()).max().orElse(8));
        context.out().println(String.format("%-" + width + "s  %-12s  %-8s  %-12s  %-7s  %s", "HOSTNAME", "ID", "ROLE",
                "AVAILABILITY", "STATE", "TASKS"));
        for (SwarmNode n : all) {
            context.out().println(String.format("%-" + width + "s  %-12s  %-8s  %-12s  %-7s  %d", n.hostname(),
                    n.id().substring(0, Math.min(12, n.id().length())), n.role() + (n.leader() ? "*" : ""), n.availability(),
                    n.state(), n.tasks()));
        }
        return ExitStatus.OK.code();
    }
}
