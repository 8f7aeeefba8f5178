package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.StackRef;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built inventories: the shop stack (proxy, two app replicas, a database with a volume, two networks) and more. */
final class Shop {

    static final StackRef SHOP = new StackRef("shop", StackKind.COMPOSE);
    static final NetworkInfo FRONTEND = network("net-front", "shop_frontend", Optional.of(SHOP));
    static final NetworkInfo BACKEND = network("net-back", "shop_backend", Optional.of(SHOP));
    static final NetworkInfo BRIDGE = network("net-bridge", "bridge", Optional.empty());
    static final VolumeInfo DBDATA = new VolumeInfo("shop_dbdata", "shop_dbdata", VolumeKind.NAMED, "local", "/var/lib/docker/volumes/shop_dbdata/_data",
            Map.of(), Optional.of(SHOP), List.of(), new VolumeClassification(VolumeClass.STATEFUL, ClassificationSource.DEFAULT, ""), Optional.empty());

    private Shop() {
    }

    static NetworkInfo network(String id, String name, Optional<StackRef> stack) {
        return new NetworkInfo(id, name, "bridge", "local", false, false, false, stack, Map.of(), Instant.EPOCH);
    }

    static ContainerInfo container(String id, String name, ContainerState state, HealthStatus health, Optional<StackRef> stack,
                                   List<PortBinding> ports, List<NetworkInfo> nets, List<MountRef> mounts) {
        return new ContainerInfo(id, name, "testenv/busybox:1", "sha256:" + id, "httpd", state, state.name().toLowerCase(),
                health, 0, Optional.empty(), Instant.EPOCH, Optional.of(Instant.EPOCH), Optional.empty(), ports,
                nets.stream().map(n -> new NetworkAttachment(n.name(), n.id(), "10.0.0.2", List.of())).toList(), mounts,
                Map.of(), stack, Optional.empty(), Optional.empty(), true);
    }

    static List<ContainerInfo> shopContainers(ContainerState appState) {
        List<ContainerInfo> list = new ArrayList<>();
        list.add(container("c-proxy", "shop-proxy-1", ContainerState.RUNNING, HealthStatus.HEALTHY, Optional.of(SHOP),
                List.of(PortBinding.published("0.0.0.0", 8080, 80, "tcp"), PortBinding.published("::", 8080, 80, "tcp")),
                List.of(FRONTEND), List.of()));
        list.add(container("c-app1", "shop-app-1", appState, HealthStatus.NONE, Optional.of(SHOP), List.of(),
                List.of(FRONTEND, BACKEND), List.of()));
        list.add(container("c-app2", "shop-app-2", ContainerState.RUNNING, HealthStatus.UNHEALTHY, Optional.of(SHOP), List.of(),
                List.of(FRONTEND, BACKEND), List.of()));
        list.add(container("c-db", "shop-db-1", ContainerState.RUNNING, HealthStatus.NONE, Optional.of(SHOP), List.of(),
                List.of(BACKEND), List.of(new MountRef(VolumeKind.NAMED, "shop_dbdata", "shop_dbdata", "/data", false),
                        new MountRef(VolumeKind.TMPFS, MountRef.tmpfsKey("c-db", "/tmp"), "", "/tmp", false))));
        return list;
    }

    static InventorySnapshot snapshot(List<ContainerInfo> containers) {
        return snapshot(containers, List.of(), List.of());
    }

    static InventorySnapshot snapshot(List<ContainerInfo> containers, List<ServiceInfo> services, List<TaskInfo> tasks) {
        VolumeInfo tmpfs = new VolumeInfo(MountRef.tmpfsKey("c-db", "/tmp"), "/tmp", VolumeKind.TMPFS, "", "", Map.of(),
                Optional.empty(), List.of(), new VolumeClassification(VolumeClass.SKIP, ClassificationSource.DEFAULT, ""), Optional.empty());
        return new InventorySnapshot("test", Instant.EPOCH, !services.isEmpty(), containers, services, tasks, List.of(),
                List.of(FRONTEND, BACKEND, BRIDGE, network("net-host", "host", Optional.empty())), List.of(DBDATA, tmpfs), List.of());
    }

    static InventorySnapshot shop() {
        return snapshot(shopContainers(ContainerState.RUNNING));
    }

    static ServiceInfo service(String id, String name, String stack, long running, long desired) {
        return new ServiceInfo(id, name, "testenv/busybox:1", ServiceMode.REPLICATED, desired, running, Optional.of(stack),
                List.of(), List.of(PortBinding.published(null, 9090, 80, "tcp")), Map.of(), Instant.EPOCH, Instant.EPOCH);
    }

    static TaskInfo task(String id, String serviceId, int slot, String containerId) {
        return new TaskInfo(id, serviceId, Optional.of(slot), Optional.of("node-1"), "running", "running",
                Optional.of(containerId), "started", Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    /** A big host: {@code count} containers over a few stacks and networks, for layout and rendering load. */
    static InventorySnapshot many(int count) {
        List<ContainerInfo> list = new ArrayList<>();
        List<NetworkInfo> nets = new ArrayList<>();
        int stacks = 10;
        for (int s = 0; s < stacks; s++) {
            nets.add(network("net-" + s, "load" + s + "_default", Optional.of(new StackRef("load" + s, StackKind.COMPOSE))));
        }
        ContainerState[] states = ContainerState.values();
        for (int i = 0; i < count; i++) {
            int s = i % stacks;
            StackRef ref = new StackRef("load" + s, StackKind.COMPOSE);
            ContainerState state = i % 17 == 0 ? states[(i / 17) % 5] : ContainerState.RUNNING;
            list.add(container(String.format("c%04d", i), String.format("load%d-web-%d", s, i), state, HealthStatus.NONE,
                    Optional.of(ref), i % 25 == 0 ? List.of(PortBinding.published("0.0.0.0", 20000 + i, 80, "tcp")) : List.of(),
                    List.of(nets.get(s)), List.of()));
        }
        return new InventorySnapshot("load", Instant.EPOCH, false, list, List.of(), List.of(), List.of(), nets, List.of(), List.of());
    }
}
