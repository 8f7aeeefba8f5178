package io.pilothouse.core.workflows.scale;

/**
 * A swarm node as the node commands show it.
 *
 * @param availability "active", "pause" or "drain"
 * @param state        "ready", "down", …
 * @param tasks        tasks that should run on it and do
 */
public record SwarmNode(String id, String hostname, String role, String availability, String state, boolean leader,
                        long version, int tasks) {
}
