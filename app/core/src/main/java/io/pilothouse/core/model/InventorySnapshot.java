package io.pilothouse.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything known about one host at one moment. Immutable: the inventory publishes a new snapshot
 * with every change. Stacks and the users of each volume are derived here from the containers'
 * labels and mounts, so they always agree with the containers.
 *
 * <p>Maps are keyed by id (volumes by {@link VolumeInfo#key()}, stacks by {@link StackRef#key()})
 * and iterate in a stable order (containers by name, the rest by name too).
 */
public final class InventorySnapshot {

    private final String host;
    private final Instant takenAt;
    private final boolean swarmManager;
    private final Map<String, ContainerInfo> containers;
    private final Map<String, ServiceInfo> services;
    private final Map<String, TaskInfo> tasks;
    private final Map<String, NodeInfo> nodes;
    private final Map<String, NetworkInfo> networks;
    private final Map<String, VolumeInfo> volumes;
    private final Map<String, ImageInfo> images;
    private final Map<String, StackInfo> stacks;

    public InventorySnapshot(String host, Instant takenAt, boolean swarmManager,
                             Collection<ContainerInfo> containers, Collection<ServiceInfo> services,
                             Collection<TaskInfo> tasks, Collection<NodeInfo> nodes,
                             Collection<NetworkInfo> networks, Collection<VolumeInfo> volumes,
                             Collection<ImageInfo> images) {
        this.host = Objects.requireNonNullElse(host, "");
        this.takenAt = Objects.requireNonNullElse(takenAt, Instant.EPOCH);
        this.swarmManager = swarmManager;
        this.containers = index(containers, ContainerInfo::id, Comparator.comparing(ContainerInfo::name));
        this.services = index(services, ServiceInfo::id, Comparator.comparing(ServiceInfo::name));
        this.tasks = index(tasks, TaskInfo::id, Comparator.comparing(TaskInfo::serviceId)
                .thenComparing(t -> t.slot().orElse(0)).thenComparing(TaskInfo::id));
        this.nodes = index(nodes, NodeInfo::id, Comparator.comparing(NodeInfo::hostname));
        this.networks = index(networks, NetworkInfo::id, Comparator.comparing(NetworkInfo::name));
        this.volumes = index(withUsers(volumes, this.containers.values()), VolumeInfo::key,
                Comparator.comparing(VolumeInfo::kind).thenComparing(VolumeInfo::name));
        this.images = index(images, ImageInfo::id, Comparator.comparing(ImageInfo::displayName));
        this.stacks = deriveStacks();
    }

    public static InventorySnapshot empty(String host) {
        return new InventorySnapshot(host, Instant.EPOCH, false, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public String host() { return host; }
    public Instant takenAt() { return takenAt; }
    /** Services, tasks and nodes are only known when the engine is a swarm manager. */
    public boolean swarmManager() { return swarmManager; }
    public Map<String, ContainerInfo> containers() { return containers; }
    public Map<String, ServiceInfo> services() { return services; }
    public Map<String, TaskInfo> tasks() { return tasks; }
    public Map<String, NodeInfo> nodes() { return nodes; }
    public Map<String, NetworkInfo> networks() { return networks; }
    public Map<String, VolumeInfo> volumes() { return volumes; }
    public Map<String, ImageInfo> images() { return images; }
    public Map<String, StackInfo> stacks() { return stacks; }

    /** The ids (keys) of one kind of thing, for diffing. */
    public Map<String, ?> byKind(EntityKind kind) {
        return switch (kind) {
            case CONTAINER -> containers;
            case SERVICE -> services;
            case TASK -> tasks;
            case NODE -> nodes;
            case NETWORK -> networks;
            case VOLUME -> volumes;
            case IMAGE -> images;
            case STACK -> stacks;
        };
    }

    /** A container by full id, id prefix (at least 4 characters, unambiguous) or name. */
    public Optional<ContainerInfo> container(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = idOrName.startsWith("/") ? idOrName.substring(1) : idOrName;
        ContainerInfo exact = containers.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (ContainerInfo c : containers.values()) {
            if (c.name().equals(wanted)) {
                return Optional.of(c);
            }
        }
        if (wanted.length() >= 4) {
            List<ContainerInfo> prefixed = containers.values().stream().filter(c -> c.id().startsWith(wanted)).toList();
            if (prefixed.size() == 1) {
                return Optional.of(prefixed.get(0));
            }
        }
        return Optional.empty();
    }

    /** A network by id or name. */
    public Optional<NetworkInfo> network(String idOrName) {
        NetworkInfo byId = networks.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        return networks.values().stream().filter(n -> n.name().equals(idOrName)).findFirst();
    }

    /** A stack by name; a compose project is preferred when a swarm stack has the same name. */
    public Optional<StackInfo> stack(String name) {
        StackInfo compose = stacks.get(new StackRef(name, StackKind.COMPOSE).key());
        return compose != null ? Optional.of(compose)
                : Optional.ofNullable(stacks.get(new StackRef(name, StackKind.SWARM).key()));
    }

    /** The containers of a stack, by name. */
    public List<ContainerInfo> containersOf(StackInfo stack) {
        return stack.containerIds().stream().map(containers::get).filter(Objects::nonNull).toList();
    }

    /** The services of a stack, by name. */
    public List<ServiceInfo> servicesOf(StackInfo stack) {
        return stack.serviceIds().stream().map(services::get).filter(Objects::nonNull).toList();
    }

    /** Containers that belong to no stack and run no swarm task. */
    public List<ContainerInfo> standaloneContainers() {
        return containers.values().stream().filter(c -> c.stack().isEmpty()).toList();
    }

    /** The containers that mount a volume (by key or volume name). */
    public List<ContainerInfo> usersOf(String volumeKey) {
        VolumeInfo v = volumes.get(volumeKey);
        if (v == null) {
            return List.of();
        }
        return v.userIds().stream().map(containers::get).filter(Objects::nonNull).toList();
    }

    /** The containers attached to a network (by id or name). */
    public List<ContainerInfo> attachedTo(String networkIdOrName) {
        Optional<NetworkInfo> net = network(networkIdOrName);
        if (net.isEmpty()) {
            return List.of();
        }
        NetworkInfo n = net.get();
        return containers.values().stream()
                .filter(c -> c.networks().stream().anyMatch(a -> a.networkId().equals(n.id())
                        || (a.networkId().isEmpty() && a.networkName().equals(n.name()))))
                .toList();
    }

    /** The tasks of a swarm service, newest slot order. */
    public List<TaskInfo> tasksOf(String serviceId) {
        return tasks.values().stream().filter(t -> t.serviceId().equals(serviceId)).toList();
    }

    /** The volumes (and binds, tmpfs) one container mounts. */
    public List<VolumeInfo> volumesOf(ContainerInfo container) {
        return container.mounts().stream().map(m -> volumes.get(m.volumeKey())).filter(Objects::nonNull).toList();
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, Comparator<T> order) {
        if (items == null || items.isEmpty()) {
            return Map.of();
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : sorted) {
            map.put(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<VolumeInfo> withUsers(Collection<VolumeInfo> volumes, Collection<ContainerInfo> containers) {
        if (volumes == null) {
            return List.of();
        }
        Map<String, Set<String>> users = new TreeMap<>();
        for (ContainerInfo c : containers) {
            for (MountRef m : c.mounts()) {
                users.computeIfAbsent(m.volumeKey(), k -> new LinkedHashSet<>()).add(c.id());
            }
        }
        List<VolumeInfo> out = new ArrayList<>(volumes.size());
        for (VolumeInfo v : volumes) {
            List<String> u = List.copyOf(users.getOrDefault(v.key(), Set.of()));
            out.add(u.equals(v.userIds()) ? v : v.withUsers(u));
        }
        return out;
    }

    private Map<String, StackInfo> deriveStacks() {
        Map<String, StackRef> refs = new TreeMap<>();
        Map<String, List<String>> cs = new LinkedHashMap<>();
        Map<String, List<String>> ss = new LinkedHashMap<>();
        Map<String, List<String>> ns = new LinkedHashMap<>();
        Map<String, List<String>> vs = new LinkedHashMap<>();
        for (ContainerInfo c : containers.values()) {
            c.stack().ifPresent(r -> add(refs, cs, r, c.id()));
        }
        for (ServiceInfo s : services.values()) {
            s.stack().ifPresent(name -> add(refs, ss, new StackRef(name, StackKind.SWARM), s.id()));
        }
        for (NetworkInfo n : networks.values()) {
            n.stack().ifPresent(r -> add(refs, ns, r, n.id()));
        }
        for (VolumeInfo v : volumes.values()) {
            v.stack().ifPresent(r -> add(refs, vs, r, v.key()));
        }
        Map<String, StackInfo> out = new LinkedHashMap<>();
        refs.forEach((key, ref) -> out.put(key, new StackInfo(ref, cs.getOrDefault(key, List.of()),
                ss.getOrDefault(key, List.of()), ns.getOrDefault(key, List.of()), vs.getOrDefault(key, List.of()))));
        return Collections.unmodifiableMap(out);
    }

    private static void add(Map<String, StackRef> refs, Map<String, List<String>> members, StackRef ref, String id) {
        refs.putIfAbsent(ref.key(), ref);
        members.computeIfAbsent(ref.key(), k -> new ArrayList<>()).add(id);
    }

    @Override
    public String toString() {
        return "InventorySnapshot[" + host + " at " + takenAt + ": " + containers.size() + " containers, "
                + services.size() + " services, " + stacks.size() + " stacks, " + volumes.size() + " volumes, "
                + networks.size() + " networks, " + images.size() + " images]";
    }
}
