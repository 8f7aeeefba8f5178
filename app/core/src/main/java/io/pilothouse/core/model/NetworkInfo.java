package io.pilothouse.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A network. Which containers are attached is asked of the snapshot ({@link InventorySnapshot#attachedTo}). */
public record NetworkInfo(String id, String name, String driver, String scope, boolean internal,
                          boolean attachable, boolean ingress, Optional<StackRef> stack,
                          Map<String, String> labels, Instant created) {

    public NetworkInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        scope = scope == null ? "" : scope;
        stack = Objects.requireNonNullElse(stack, Optional.empty());
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        created = created == null ? Instant.EPOCH : created;
    }

    /** The engine's own networks (bridge, host, none), which nobody creates or removes. */
    public boolean isPredefined() {
        return name.equals("bridge") || name.equals("host") || name.equals("none");
    }
}
