package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactory;
import io.pilothouse.core.workflows.upgrade.EngineApi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds the plan that sets one node's availability, with a warning when its tasks would have nowhere to go. */
public final class NodeAvailabilityPlanFactory implements PlanFactory<NodeAvailabilityRequest> {

    @Override
    public Plan build(NodeAvailabilityRequest request, HostSession session) {
        return preview(request, new SwarmNodes(EngineApi.of(session.docker())), session.profile().id(),
                session.profile().name()).plan();
    }

    public ScalePreview preview(NodeAvailabilityRequest request, SwarmNodes nodes, String hostId, String hostName) {
        List<SwarmNode> all = nodes.list();
        SwarmNode node = nodes.find(request.node());
        NodeAvailability to = request.target();
        List<String> warnings = new ArrayList<>();
        if (to != NodeAvailability.ACTIVE) {
            long othersActive = all.stream().filter(n -> !n.id().equals(node.id()) && n.availability().equals("active")
                    && n.state().equals("ready")).count();
            if (othersActive == 0) {
                warnings.add(node.hostname() + " is the only active node: "
                        + (to == NodeAvailability.DRAIN ? "its " + node.tasks() + " running tasks will have nowhere to go"
                        : "no new task can start anywhere") + " until a node is active again.");
            }
        }
        Plan plan = new Plan(Plan.newId("node"), NodeAvailabilityRequest.KIND, hostId,
                "Set node " + node.hostname() + " to " + to.engineName() + " on " + hostName,
                List.of(new SetNodeAvailabilityStep(nodes, node, to, Duration.ofSeconds(request.timeoutSeconds()))));
        return new ScalePreview(plan, warnings);
    }
}
