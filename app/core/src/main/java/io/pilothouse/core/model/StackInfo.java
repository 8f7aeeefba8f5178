package io.pilothouse.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A compose project or swarm stack and what belongs to it (ids of containers and services; names of
 * networks and volumes carrying the stack's label). Derived from labels by the snapshot.
 */
public record StackInfo(StackRef ref, List<String> containerIds, List<String> serviceIds,
                        List<String> networkIds, List<String> volumeKeys) {

    public StackInfo {
        Objects.requireNonNull(ref, "ref");
        containerIds = containerIds == null ? List.of() : List.copyOf(containerIds);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        networkIds = networkIds == null ? List.of() : List.copyOf(networkIds);
        volumeKeys = volumeKeys == null ? List.of() : List.copyOf(volumeKeys);
    }

    public String name() {
        return ref.name();
    }

    public StackKind kind() {
        return ref.kind();
    }
}
