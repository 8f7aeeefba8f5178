package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;

import java.util.Locale;

/** The state a node shows as its colour; {@link #RESOURCE} for networks, volumes and ports, which have none. */
public enum NodeState {
    RUNNING("#2e7d32"),
    UNHEALTHY("#c62828"),
    RESTARTING("#ef6c00"),
    EXITED("#757575"),
    PAUSED("#1565c0"),
    CREATED("#8e7cc3"),
    RESOURCE("#90a4ae");

    private final String colour;

    NodeState(String colour) {
        this.colour = colour;
    }

    /** The fill colour, as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /** The word the legend and tooltips show. */
    public String word() {
        return this == RESOURCE ? "network, volume, port" : name().toLowerCase(Locale.ROOT);
    }

    /** A container's state and health as one colour: a failing healthcheck wins over "running". */
    public static NodeState of(ContainerState state, HealthStatus health) {
        return switch (state) {
            case RUNNING -> health == HealthStatus.UNHEALTHY ? UNHEALTHY : RUNNING;
            case RESTARTING -> RESTARTING;
            case PAUSED -> PAUSED;
            case CREATED -> CREATED;
            case EXITED, DEAD, REMOVING -> EXITED;
        };
    }

    /** A swarm service: all replicas running, some, or none. */
    public static NodeState ofReplicas(long running, long desired) {
        if (desired == 0) {
            return running == 0 ? EXITED : RESTARTING;
        }
        if (running >= desired) {
            return RUNNING;
        }
        return running == 0 ? EXITED : RESTARTING;
    }
}
