package io.pilothouse.cli;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MaintenanceHold;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.StackInfo;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The inventory as plain maps and lists, for JSON output (stable field names, no Optional wrappers). */
final class InventoryJson {

    private InventoryJson() {
    }

    static Map<String, Object> of(InventorySnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", s.host());
        m.put("takenAt", s.takenAt().toString());
        m.put("swarmManager", s.swarmManager());
        m.put("stacks", s.stacks().values().stream().map(st -> stack(s, st)).toList());
        m.put("containers", s.containers().values().stream().map(c -> container(s, c)).toList());
        m.put("services", s.services().values().stream().map(sv -> service(s, sv)).toList());
        m.put("volumes", s.volumes().values().stream().map(v -> volume(s, v)).toList());
        m.put("networks", s.networks().values().stream().map(n -> network(s, n)).toList());
        m.put("images", s.images().values().stream().map(i -> Map.of("id", i.id(), "tags", i.repoTags(),
                "sizeBytes", i.sizeBytes())).toList());
        return m;
    }

    private static String low(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> stack(InventorySnapshot s, StackInfo st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", st.name());
        m.put("kind", low(st.kind()));
        m.put("containers", s.containersOf(st).stream().map(ContainerInfo::name).toList());
        m.put("services", s.servicesOf(st).stream().map(ServiceInfo::name).toList());
        return m;
    }

    private static Map<String, Object> container(InventorySnapshot s, ContainerInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("image", c.image());
        m.put("state", low(c.state()));
        m.put("health", low(c.health()));
        m.put("restartCount", c.restartCount());
        m.put("exitCode", c.exitCode().orElse(null));
        m.put("created", c.created().toString());
        m.put("startedAt", c.startedAt().map(Object::toString).orElse(null));
        m.put("stack", c.stack().map(r -> r.name()).orElse(null));
        m.put("stackKind", c.stack().map(r -> low(r.kind())).orElse(null));
        m.put("service", c.service().orElse(null));
        m.put("ports", c.ports().stream().map(PortBinding::display).toList());
        m.put("networks", c.networks().stream().map(n -> Map.of("name", n.networkName(), "ip", n.ipAddress(),
                "aliases", n.aliases())).toList());
        m.put("mounts", c.mounts().stream().map(mt -> Map.of("kind", low(mt.kind()), "volume", mt.volumeKey(),
                "destination", mt.destination(), "readOnly", mt.readOnly())).toList());
        m.put("maintenance", c.holds().stream().map(InventoryJson::hold).toList());
        return m;
    }

    private static Map<String, Object> hold(MaintenanceHold h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("who", h.who());
        m.put("since", h.since().map(Object::toString).orElse(null));
        m.put("paths", h.paths());
        m.put("session", h.session());
        m.put("leaseSeconds", h.lease().toSeconds());
        return m;
    }

    private static Map<String, Object> service(InventorySnapshot s, ServiceInfo sv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sv.id());
        m.put("name", sv.name());
        m.put("image", sv.image());
        m.put("mode", low(sv.mode()));
        m.put("desired", sv.desiredReplicas());
        m.put("running", sv.runningReplicas());
        m.put("stack", sv.stack().orElse(null));
        m.put("ports", sv.ports().stream().map(PortBinding::display).toList());
        m.put("tasks", s.tasksOf(sv.id()).stream().map(InventoryJson::task).toList());
        return m;
    }

    private static Map<String, Object> task(TaskInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("slot", t.slot().orElse(null));
        m.put("state", t.state());
        m.put("desiredState", t.desiredState());
        m.put("container", t.containerId().orElse(null));
        m.put("error", t.error().orElse(null));
        return m;
    }

    private static Map<String, Object> volume(InventorySnapshot s, VolumeInfo v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", v.key());
        m.put("name", v.name());
        m.put("kind", low(v.kind()));
        m.put("driver", v.driver());
        m.put("source", v.source());
        m.put("class", low(v.classification().value()));
        m.put("classSource", low(v.classification().source()));
        m.put("reason", v.classification().reason());
        m.put("stack", v.stack().map(r -> r.name()).orElse(null));
        m.put("users", s.usersOf(v.key()).stream().map(ContainerInfo::name).toList());
        return m;
    }

    private static Map<String, Object> network(InventorySnapshot s, NetworkInfo n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("name", n.name());
        m.put("driver", n.driver());
        m.put("scope", n.scope());
        m.put("internal", n.internal());
        m.put("stack", n.stack().map(r -> r.name()).orElse(null));
        List<String> attached = s.attachedTo(n.id()).stream().map(ContainerInfo::name).toList();
        m.put("containers", attached);
        return m;
    }
}
