package io.pilothouse.core.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Container;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.VolumeKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the engine's answer to {@code GET /containers/ID/json} (as a JSON tree) onto the model,
 * reading only the fields the model keeps; the same result as {@link EngineMapper#container} gives
 * for docker-java's full inspect model, at a fraction of the cost. Pure: no calls to the engine.
 */
public final class ContainerJson {

    private static final ObjectMapper MODEL = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContainerJson() {
    }

    /**
     * One entry of {@code GET /containers/json}, for when its inspect failed: what the list tells
     * (health and exit code from the status text, no restart count), as {@link EngineMapper} reads it.
     */
    public static ContainerInfo listed(JsonNode entry) {
        try {
            return EngineMapper.container(MODEL.treeToValue(entry, Container.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a container list entry: " + e.getOriginalMessage(), e);
        }
    }

    public static ContainerInfo inspected(JsonNode r) {
        String id = text(r, "Id");
        JsonNode config = r.path("Config");
        Map<String, String> labels = stringMap(config.path("Labels"));
        JsonNode st = r.path("State");
        boolean hasState = st.isObject();
        ContainerState state = hasState ? ContainerState.fromEngine(text(st, "Status")) : ContainerState.DEAD;
        HealthStatus health = hasState && st.path("Health").isObject()
                ? HealthStatus.fromEngine(text(st.path("Health"), "Status")) : HealthStatus.NONE;
        Optional<Instant> started = hasState ? EngineMapper.time(text(st, "StartedAt")) : Optional.empty();
        Optional<Instant> finished = hasState ? EngineMapper.time(text(st, "FinishedAt")) : Optional.empty();
        JsonNode exitCode = st.path("ExitCode");
        Optional<Integer> exit = !exitCode.isNumber() || finished.isEmpty()
                ? Optional.empty() : Optional.of((int) exitCode.asLong());
        JsonNode settings = r.path("NetworkSettings");
        List<PortBinding> ports = ports(settings.path("Ports"));
        List<NetworkAttachment> nets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = settings.path("Networks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            nets.add(new NetworkAttachment(e.getKey(), text(n, "NetworkID"), text(n, "IPAddress"), strings(n.path("Aliases"))));
        }
        List<MountRef> mounts = new ArrayList<>();
        for (JsonNode m : r.path("Mounts")) {
            String dest = text(m, "Destination");
            mounts.add(EngineMapper.mount(id, text(m, "Name"), text(m, "Source"), dest == null ? "" : dest,
                    m.path("RW").isBoolean() && !m.path("RW").booleanValue()));
        }
        for (Iterator<String> it = r.path("HostConfig").path("Tmpfs").fieldNames(); it.hasNext(); ) {
            String dest = it.next();
            if (mounts.stream().noneMatch(m -> m.destination().equals(dest))) {
                mounts.add(new MountRef(VolumeKind.TMPFS, MountRef.tmpfsKey(id, dest), "", dest, false));
            }
        }
        mounts.sort(EngineMapper.MOUNT_ORDER);
        String path = text(r, "Path");
        List<String> args = strings(r.path("Args"));
        String command = path == null ? "" : (args.isEmpty() ? path : path + " " + String.join(" ", args));
        String image = text(config, "Image");
        JsonNode restarts = r.path("RestartCount");
        return new ContainerInfo(id, text(r, "Name"), config.isObject() ? image : "", text(r, "Image"), command, state,
                EngineMapper.describe(state, health, exit, started, finished), health,
                restarts.isNumber() ? restarts.asInt() : 0, exit,
                EngineMapper.time(text(r, "Created")).orElse(Instant.EPOCH), started, finished, ports, nets, mounts,
                labels, StackLabels.stackOf(labels), StackLabels.serviceOf(labels), StackLabels.maintenanceOf(labels), true);
    }

    /** {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}], "443/tcp": null}, in the model's order. */
    private static List<PortBinding> ports(JsonNode node) {
        List<PortBinding> ports = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            int slash = key.indexOf('/');
            Integer port = EngineMapper.parsePort(slash < 0 ? key : key.substring(0, slash));
            if (port == null) {
                continue;
            }
            String proto = slash < 0 ? "tcp" : key.substring(slash + 1);
            JsonNode bindings = e.getValue();
            if (!bindings.isArray() || bindings.isEmpty()) {
                ports.add(PortBinding.exposed(port, proto));
                continue;
            }
            for (JsonNode b : bindings) {
                Integer hostPort = EngineMapper.parsePort(text(b, "HostPort"));
                ports.add(hostPort == null ? PortBinding.exposed(port, proto)
                        : PortBinding.published(text(b, "HostIp"), hostPort, port, proto));
            }
        }
        ports.sort(EngineMapper.PORT_ORDER);
        return ports;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        if (!object.isObject()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return out;
    }
}
