package io.pilothouse.core.inventory;

import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.StackRef;

import java.util.Map;
import java.util.Optional;

/**
 * Reads stack and service membership from labels: a compose project (com.docker.compose.project,
 * service com.docker.compose.service), a swarm stack (com.docker.stack.namespace), a swarm service's
 * task container (com.docker.swarm.service.name).
 */
public final class StackLabels {

    public static final String COMPOSE_PROJECT = "com.docker.compose.project";
    public static final String COMPOSE_SERVICE = "com.docker.compose.service";
    public static final String STACK_NAMESPACE = "com.docker.stack.namespace";
    public static final String SWARM_SERVICE = "com.docker.swarm.service.name";
    public static final String SWARM_TASK = "com.docker.swarm.task.id";
    public static final String MAINTENANCE = "io.pilothouse.maintenance";

    private StackLabels() {
    }

    /** The stack: a swarm stack namespace wins over a compose project (a stack deploy carries both only by hand). */
    public static Optional<StackRef> stackOf(Map<String, String> labels) {
        if (labels == null) {
            return Optional.empty();
        }
        String ns = labels.get(STACK_NAMESPACE);
        if (ns != null && !ns.isBlank()) {
            return Optional.of(new StackRef(ns, StackKind.SWARM));
        }
        String project = labels.get(COMPOSE_PROJECT);
        if (project != null && !project.isBlank()) {
            return Optional.of(new StackRef(project, StackKind.COMPOSE));
        }
        return Optional.empty();
    }

    /** The service a container is part of: the swarm service name, else the compose service. */
    public static Optional<String> serviceOf(Map<String, String> labels) {
        if (labels == null) {
            return Optional.empty();
        }
        String swarm = labels.get(SWARM_SERVICE);
        if (swarm != null && !swarm.isBlank()) {
            return Optional.of(swarm);
        }
        return Optional.ofNullable(labels.get(COMPOSE_SERVICE)).filter(s -> !s.isBlank());
    }

    public static Optional<String> maintenanceOf(Map<String, String> labels) {
        return labels == null ? Optional.empty() : Optional.ofNullable(labels.get(MAINTENANCE)).filter(s -> !s.isBlank());
    }

    /** True when the container runs a swarm task. */
    public static boolean isSwarmTask(Map<String, String> labels) {
        return labels != null && labels.containsKey(SWARM_TASK);
    }
}
