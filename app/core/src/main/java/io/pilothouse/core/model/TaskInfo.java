package io.pilothouse.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A swarm task: one slot of a service on a node.
 *
 * @param state        the engine's word ("running", "shutdown", "failed", ...)
 * @param desiredState what the orchestrator wants ("running", "shutdown")
 */
public record TaskInfo(String id, String serviceId, Optional<Integer> slot, Optional<String> nodeId,
                       String state, String desiredState, Optional<String> containerId, String message,
                       Optional<String> error, Optional<Integer> exitCode, Instant updatedAt) {

    public TaskInfo {
        Objects.requireNonNull(id, "id");
        serviceId = serviceId == null ? "" : serviceId;
        slot = Objects.requireNonNullElse(slot, Optional.empty());
        nodeId = Objects.requireNonNullElse(nodeId, Optional.empty());
        state = state == null ? "" : state;
        desiredState = desiredState == null ? "" : desiredState;
        containerId = Objects.requireNonNullElse(containerId, Optional.empty());
        message = message == null ? "" : message;
        error = Objects.requireNonNullElse(error, Optional.empty());
        exitCode = Objects.requireNonNullElse(exitCode, Optional.empty());
        updatedAt = updatedAt == null ? Instant.EPOCH : updatedAt;
    }

    public boolean isRunning() {
        return "running".equalsIgnoreCase(state);
    }
}
