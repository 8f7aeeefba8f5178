package io.pilothouse.desktop.ui.workspace;

import java.util.Objects;

/** A container, a swarm service, a stack or a volume of the selected host, as the views name it. */
public record Target(String id, String name, TargetKind kind) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
    }
}
