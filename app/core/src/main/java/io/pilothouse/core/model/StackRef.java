package io.pilothouse.core.model;

import java.util.Objects;

/** Which stack something belongs to: its name and kind. */
public record StackRef(String name, StackKind kind) {

    public StackRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The key a stack has in a snapshot: "compose/name" or "swarm/name". */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + name;
    }
}
