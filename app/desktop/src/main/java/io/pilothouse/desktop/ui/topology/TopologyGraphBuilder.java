package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.StackInfo;
import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.StackRef;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a host's inventory into the topology graph: each stack a group; its swarm services and
 * containers as nodes (a service beside its task containers, with an edge to each); networks and
 * volumes as nodes (inside the stack that owns them) with edges from the containers that use them;
 * each published port as a small node on the left edge, pointing at its container or service.
 * Networks and volumes that nothing uses and no stack owns are left out, and so are tmpfs mounts.
 */
public final class TopologyGraphBuilder {

    public TopologyGraph build(InventorySnapshot snapshot) {
        List<GraphGroup> groups = new ArrayList<>();
        for (StackInfo stack : snapshot.stacks().values()) {
            groups.add(new GraphGroup(groupId(stack.ref()), stack.name() + "  ·  "
                    + (stack.kind() == StackKind.SWARM ? "swarm stack" : "compose project")));
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Set<GraphEdge> edges = new LinkedHashSet<>();
        List<GraphNode> ports = new ArrayList<>();

        Map<String, String> serviceOfContainer = new LinkedHashMap<>();
        for (TaskInfo task : snapshot.tasks().values()) {
            task.containerId().filter(snapshot.containers()::containsKey)
                    .ifPresent(c -> serviceOfContainer.put(c, task.serviceId()));
        }
        for (ServiceInfo s : snapshot.services().values()) {
            Optional<String> group = s.stack().map(name -> groupId(new StackRef(name, StackKind.SWARM)));
            List<String> tip = new ArrayList<>(List.of("Service " + s.name(), "Image: " + s.image(),
                    "Replicas: " + s.replicasDisplay() + " (" + s.mode().name().toLowerCase(Locale.ROOT) + ")"));
            portsLine(s.ports()).ifPresent(tip::add);
            String id = serviceId(s.id());
            nodes.put(id, new GraphNode(id, NodeKind.SERVICE, s.id(), group, s.name(), shortImage(s.image())
                    + "  " + s.replicasDisplay(), NodeState.ofReplicas(s.runningReplicas(), s.desiredReplicas()), tip));
            addPorts(id, s.id(), s.ports(), ports, edges);
        }
        Map<String, NetworkInfo> usedNetworks = new LinkedHashMap<>();
        Map<String, VolumeInfo> usedVolumes = new LinkedHashMap<>();
        for (ContainerInfo c : snapshot.containers().values()) {
            String id = containerId(c.id());
            Optional<String> group = c.stack().map(TopologyGraphBuilder::groupId);
            nodes.put(id, new GraphNode(id, NodeKind.CONTAINER, c.id(), group, c.name(), shortImage(c.image()),
                    NodeState.of(c.state(), c.health()), containerTooltip(c), maintenance(c)));
            String service = serviceOfContainer.get(c.id());
            if (service != null && snapshot.services().containsKey(service)) {
                edges.add(new GraphEdge(serviceId(service), id, EdgeKind.RUNS));
            }
            for (NetworkAttachment a : c.networks()) {
                network(snapshot, a).filter(n -> !n.name().equals("none") && !n.name().equals("host")).ifPresent(n -> {
                    usedNetworks.put(n.id(), n);
                    edges.add(new GraphEdge(id, networkId(n.id()), EdgeKind.ATTACHED));
                });
            }
            for (MountRef m : c.mounts()) {
                VolumeInfo v = snapshot.volumes().get(m.volumeKey());
                if (v != null && v.kind() != VolumeKind.TMPFS) {
                    usedVolumes.put(v.key(), v);
                    edges.add(new GraphEdge(id, volumeId(v.key()), EdgeKind.MOUNTS));
                }
            }
            addPorts(id, c.id(), c.ports(), ports, edges);
        }
        for (ServiceInfo s : snapshot.services().values()) {
            boolean hasContainers = serviceOfContainer.containsValue(s.id());
            for (String netId : s.networkIds()) {
                NetworkInfo n = snapshot.networks().get(netId);
                if (n != null && !hasContainers) {
                    usedNetworks.put(n.id(), n);
                    edges.add(new GraphEdge(serviceId(s.id()), networkId(n.id()), EdgeKind.ATTACHED));
                }
            }
        }
        for (NetworkInfo n : snapshot.networks().values()) {
            if (usedNetworks.containsKey(n.id()) || n.stack().isPresent()) {
                String id = networkId(n.id());
                nodes.put(id, new GraphNode(id, NodeKind.NETWORK, n.id(), n.stack().map(TopologyGraphBuilder::groupId),
                        n.name(), n.driver() + " network", NodeState.RESOURCE, List.of("Network " + n.name(),
                        "Driver: " + n.driver() + (n.internal() ? ", internal" : "") + ", scope " + n.scope())));
            }
        }
        for (VolumeInfo v : snapshot.volumes().values()) {
            if (v.kind() != VolumeKind.TMPFS && (usedVolumes.containsKey(v.key()) || v.stack().isPresent())) {
                String id = volumeId(v.key());
                String label = v.kind() == VolumeKind.ANONYMOUS && v.name().length() > 12 ? v.name().substring(0, 12) : v.name();
                nodes.put(id, new GraphNode(id, NodeKind.VOLUME, v.key(), v.stack().map(TopologyGraphBuilder::groupId),
                        label, volumeWord(v.kind()), NodeState.RESOURCE, List.of(volumeWord(v.kind()) + " " + v.name(),
                        "Used by " + v.userIds().size() + " container" + (v.userIds().size() == 1 ? "" : "s"),
                        "Data: " + v.classification().value().name().toLowerCase(Locale.ROOT))));
            }
        }
        ports.forEach(p -> nodes.putIfAbsent(p.id(), p));
        List<GraphEdge> kept = edges.stream().filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target())).toList();
        return new TopologyGraph(groups, List.copyOf(nodes.values()), kept);
    }

    private static void addPorts(String owner, String targetId, List<PortBinding> bindings, List<GraphNode> ports,
                                 Set<GraphEdge> edges) {
        Set<String> seen = new LinkedHashSet<>();
        for (PortBinding p : bindings) {
            if (p.hostPort().isEmpty() || !seen.add(p.hostPort().get() + "/" + p.protocol())) {
                continue;
            }
            String id = "port:" + targetId + ":" + p.hostPort().get() + "/" + p.protocol();
            ports.add(new GraphNode(id, NodeKind.PORT, targetId, Optional.empty(), ":" + p.hostPort().get(),
                    "→ " + p.containerPort() + "/" + p.protocol(), NodeState.RESOURCE,
                    List.of("Published port " + p.display())));
            edges.add(new GraphEdge(id, owner, EdgeKind.PUBLISHES));
        }
    }

    private static Optional<NetworkInfo> network(InventorySnapshot snapshot, NetworkAttachment a) {
        NetworkInfo byId = snapshot.networks().get(a.networkId());
        return byId != null ? Optional.of(byId) : snapshot.network(a.networkName());
    }

    private static String maintenance(ContainerInfo c) {
        return String.join("\n", c.holds().stream().map(h -> h.sentence(java.time.ZoneId.systemDefault())).toList());
    }

    private static List<String> containerTooltip(ContainerInfo c) {
        List<String> tip = new ArrayList<>();
        tip.add("Container " + c.name());
        c.holds().forEach(h -> tip.add(h.sentence(java.time.ZoneId.systemDefault())));
        tip.add("Image: " + c.image());
        tip.add("State: " + c.state().name().toLowerCase(Locale.ROOT) + (c.status().isBlank() ? "" : " (" + c.status() + ")"));
        tip.add("Health: " + c.health().name().toLowerCase(Locale.ROOT));
        if (c.restartCount() > 0) {
            tip.add("Restarts: " + c.restartCount());
        }
        c.exitCode().filter(code -> !c.state().isUp()).ifPresent(code -> tip.add("Exit code: " + code));
        portsLine(c.ports()).ifPresent(tip::add);
        return tip;
    }

    private static Optional<String> portsLine(List<PortBinding> ports) {
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Ports: " + String.join(", ", new LinkedHashSet<>(ports.stream().map(PortBinding::display).toList())));
    }

    private static String volumeWord(VolumeKind kind) {
        return switch (kind) {
            case NAMED -> "volume";
            case ANONYMOUS -> "anonymous volume";
            case BIND -> "bind mount";
            case TMPFS -> "tmpfs";
        };
    }

    static String shortImage(String image) {
        int at = image.indexOf('@');
        String s = at > 0 ? image.substring(0, at) : image;
        return s.startsWith("sha256:") && s.length() > 19 ? s.substring(7, 19) : s;
    }

    static String groupId(StackRef ref) {
        return "stack:" + ref.key();
    }

    static String containerId(String id) {
        return "container:" + id;
    }

    static String serviceId(String id) {
        return "service:" + id;
    }

    static String networkId(String id) {
        return "network:" + id;
    }

    static String volumeId(String key) {
        return "volume:" + key;
    }
}
