package io.pilothouse.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A container as the inventory knows it.
 *
 * @param name          without the leading slash
 * @param exitCode      present once the container has exited at least once
 * @param startedAt     present once it has been started
 * @param stack         the compose project or swarm stack it belongs to (from its labels)
 * @param service       the compose service or swarm service name (from its labels)
 * @param maintenance   the text of label {@code io.pilothouse.maintenance}, when someone marked it
 * @param inspected     true when health, restart count, mounts and networks come from an inspect;
 *                      false when only the list answer was available (those fields may be thin)
 * @param holds         maintenance locks held in it now (found on the host, whoever took them)
 */
public record ContainerInfo(
        String id,
        String name,
        String image,
        String imageId,
        String command,
        ContainerState state,
        String status,
        HealthStatus health,
        int restartCount,
        Optional<Integer> exitCode,
        Instant created,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        List<PortBinding> ports,
        List<NetworkAttachment> networks,
        List<MountRef> mounts,
        Map<String, String> labels,
        Optional<StackRef> stack,
        Optional<String> service,
        Optional<String> maintenance,
        boolean inspected,
        List<MaintenanceHold> holds) {

    /** Without maintenance locks. */
    public ContainerInfo(String id, String name, String image, String imageId, String command, ContainerState state,
                         String status, HealthStatus health, int restartCount, Optional<Integer> exitCode,
                         Instant created, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                         List<PortBinding> ports, List<NetworkAttachment> networks, List<MountRef> mounts,
                         Map<String, String> labels, Optional<StackRef> stack, Optional<String> service,
                         Optional<String> maintenance, boolean inspected) {
        this(id, name, image, imageId, command, state, status, health, restartCount, exitCode, created, startedAt,
                finishedAt, ports, networks, mounts, labels, stack, service, maintenance, inspected, List.of());
    }

    public ContainerInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
        image = image == null ? "" : image;
        imageId = imageId == null ? "" : imageId;
        command = command == null ? "" : command;
        Objects.requireNonNull(state, "state");
        status = status == null ? "" : status;
        health = health == null ? HealthStatus.NONE : health;
        exitCode = Objects.requireNonNullElse(exitCode, Optional.empty());
        created = created == null ? Instant.EPOCH : created;
        startedAt = Objects.requireNonNullElse(startedAt, Optional.empty());
        finishedAt = Objects.requireNonNullElse(finishedAt, Optional.empty());
        ports = ports == null ? List.of() : List.copyOf(ports);
        networks = networks == null ? List.of() : List.copyOf(networks);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        stack = Objects.requireNonNullElse(stack, Optional.empty());
        service = Objects.requireNonNullElse(service, Optional.empty());
        maintenance = Objects.requireNonNullElse(maintenance, Optional.empty());
        holds = holds == null ? List.of() : List.copyOf(holds);
    }

    /** The same container with the maintenance locks found in it now. */
    public ContainerInfo withHolds(List<MaintenanceHold> found) {
        return new ContainerInfo(id, name, image, imageId, command, state, status, health, restartCount, exitCode,
                created, startedAt, finishedAt, ports, networks, mounts, labels, stack, service, maintenance, inspected,
                found);
    }

    /** True while someone holds maintenance locks in it. */
    public boolean underMaintenance() {
        return !holds.isEmpty();
    }

    /** The first 12 characters of the id, as docker ps shows it. */
    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** How long it has been running at {@code now}; empty when it is not up. */
    public Optional<Duration> uptime(Instant now) {
        if (!state.isUp()) {
            return Optional.empty();
        }
        return startedAt.map(s -> Duration.between(s, now)).filter(d -> !d.isNegative());
    }

    public boolean hasLabel(String key, String value) {
        return value.equals(labels.get(key));
    }
}
