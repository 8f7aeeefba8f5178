package io.pilothouse.desktop.ui.topology;

import java.util.Objects;

/** A stack (compose project or swarm stack) drawn as a box around its services, containers, networks and volumes. */
public record GraphGroup(String id, String label) {

    public GraphGroup {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
    }
}
