package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.Map;

/**
 * Sets a node's availability and, for a drain, waits until its tasks have left. Journaled as a
 * change, so a plan that fails or dies gives the node its availability from before.
 */
public final class SetNodeAvailabilityStep implements Step {

    private final SwarmNodes nodes;
    private final SwarmNode node;
    private final NodeAvailability to;
    private final Duration timeout;

    public SetNodeAvailabilityStep(SwarmNodes nodes, SwarmNode node, NodeAvailability to, Duration timeout) {
        this.nodes = nodes;
        this.node = node;
        this.to = to;
        this.timeout = timeout;
    }

    private String key() {
        return "node:" + node.id();
    }

    @Override
    public String description() {
        return switch (to) {
            case DRAIN -> "Drain node " + node.hostname() + " (now " + node.availability() + ") and wait until its "
                    + node.tasks() + " running tasks have left (up to " + timeout.toSeconds() + " s)";
            case PAUSE -> "Pause node " + node.hostname() + " (now " + node.availability() + "): no new tasks, its own keep running";
            case ACTIVE -> "Activate node " + node.hostname() + " (now " + node.availability() + "): it takes tasks again";
        };
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ctx.cancel().throwIfCancelled();
        if (node.availability().equals(to.engineName())) {
            ctx.note(node.hostname() + " is " + to.engineName() + " already");
            return;
        }
        nodes.setAvailability(node.id(), to);
        HostChange change = HostChange.of(ChangeKind.NODE_AVAILABILITY, node.id(), Map.of("availability", node.availability()),
                "set node " + node.hostname() + " from " + node.availability() + " to " + to.engineName());
        ctx.changed(change);
        ctx.put(key(), change);
        if (to == NodeAvailability.DRAIN) {
            int start = Math.max(1, node.tasks());
            nodes.awaitEmpty(node, timeout, ctx.cancel(), left -> ctx.progress(start - Math.min(left, start), start, ProgressUnit.ITEMS));
            ctx.note("no task runs on " + node.hostname() + " any more");
        }
    }

    @Override
    public void undo(StepContext ctx) {
        ctx.get(key(), HostChange.class).ifPresent(change -> {
            nodes.setAvailability(node.id(), NodeAvailability.parse(node.availability()));
            ctx.resolved(change);
        });
    }
}
