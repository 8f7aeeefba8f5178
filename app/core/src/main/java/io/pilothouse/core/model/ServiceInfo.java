package io.pilothouse.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A swarm service.
 *
 * @param desiredReplicas for a global service: the number of tasks that should run (as counted from tasks)
 * @param runningReplicas tasks whose state is running
 * @param networkIds      the networks the service's tasks attach to
 * @param imageDigest     the registry digest the service's image is pinned to ({@code sha256:…}), empty when it is not
 */
public record ServiceInfo(String id, String name, String image, ServiceMode mode, long desiredReplicas,
                          long runningReplicas, Optional<String> stack, List<String> networkIds,
                          List<PortBinding> ports, Map<String, String> labels, Instant createdAt, Instant updatedAt,
                          String imageDigest) {

    public ServiceInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        image = image == null ? "" : image;
        mode = mode == null ? ServiceMode.REPLICATED : mode;
        stack = Objects.requireNonNullElse(stack, Optional.empty());
        networkIds = networkIds == null ? List.of() : List.copyOf(networkIds);
        ports = ports == null ? List.of() : List.copyOf(ports);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        createdAt = createdAt == null ? Instant.EPOCH : createdAt;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        imageDigest = imageDigest == null ? "" : imageDigest;
    }

    /** A service whose image is not pinned to a digest. */
    public ServiceInfo(String id, String name, String image, ServiceMode mode, long desiredReplicas,
                       long runningReplicas, Optional<String> stack, List<String> networkIds,
                       List<PortBinding> ports, Map<String, String> labels, Instant createdAt, Instant updatedAt) {
        this(id, name, image, mode, desiredReplicas, runningReplicas, stack, networkIds, ports, labels, createdAt,
                updatedAt, "");
    }

    public String replicasDisplay() {
        return runningReplicas + "/" + desiredReplicas;
    }
}
