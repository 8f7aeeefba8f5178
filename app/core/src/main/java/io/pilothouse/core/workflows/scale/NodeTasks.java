package io.pilothouse.core.workflows.scale;

/**
 * One node's share of a service: for a global service, its one task.
 *
 * @param state the newest task's state on that node ("running", "pending", "failed", … or "none")
 */
public record NodeTasks(String nodeId, String hostname, String availability, int running, String state, String error) {

    public String describe() {
        return hostname + " (" + availability + "): " + state + (error.isEmpty() ? "" : " — " + error);
    }
}
