package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.PlanRequest;

/**
 * Set a swarm node's availability: {@code drain} moves its tasks elsewhere (and waits until none
 * runs there), {@code pause} keeps its tasks but gives it no new ones, {@code active} takes tasks again.
 *
 * @param node           hostname or id
 * @param availability   active, pause or drain
 * @param timeoutSeconds how long a drain may take to empty the node
 */
public record NodeAvailabilityRequest(String host, String node, String availability, Integer timeoutSeconds)
        implements PlanRequest {

    public static final String KIND = "node-availability";

    public NodeAvailabilityRequest {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("A node availability change needs the node (node: HOSTNAME)");
        }
        availability = NodeAvailability.parse(availability).engineName();
        timeoutSeconds = timeoutSeconds == null ? 120 : timeoutSeconds;
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new IllegalArgumentException("The drain timeout must be between 1 and 3600 seconds, not " + timeoutSeconds);
        }
    }

    public NodeAvailability target() {
        return NodeAvailability.parse(availability);
    }
}
