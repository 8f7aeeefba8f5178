package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One task of a swarm service as a rolling update sees it: its slot, the node it runs on, its state
 * (and the state swarm wants), its image and the engine's error, if any.
 */
public record ServiceTaskState(String id, int slot, String node, String state, String desiredState, String image,
                               String message, Instant updated) {

    /** At most this many tasks are read: the newest ones (a service's history keeps old tasks). */
    public static final int LIMIT = 100;

    /** The tasks of {@code service}, newest first per slot then by slot; at most {@link #LIMIT}. */
    public static List<ServiceTaskState> read(EngineApi api, String service) {
        JsonNode svc = ServiceUpgradePlanFactory.inspect(api, service);
        String filters = EngineApi.encode("{\"service\":{\"" + svc.path("ID").asText() + "\":true}}");
        Map<String, String> nodes = new HashMap<>();
        for (JsonNode n : api.get("/nodes")) {
            nodes.put(n.path("ID").asText(), n.path("Description").path("Hostname").asText(n.path("ID").asText()));
        }
        List<ServiceTaskState> out = new ArrayList<>();
        for (JsonNode t : api.get("/tasks?filters=" + filters)) {
            out.add(of(t, nodes));
        }
        out.sort(Comparator.comparing(ServiceTaskState::updated).reversed());
        List<ServiceTaskState> newest = new ArrayList<>(out.subList(0, Math.min(LIMIT, out.size())));
        newest.sort(Comparator.comparingInt(ServiceTaskState::slot)
                .thenComparing(Comparator.comparing(ServiceTaskState::updated).reversed()));
        return newest;
    }

    static ServiceTaskState of(JsonNode t, Map<String, String> nodes) {
        String image = t.path("Spec").path("ContainerSpec").path("Image").asText();
        int at = image.indexOf('@');
        Instant updated;
        try {
            updated = Instant.parse(t.path("Status").path("Timestamp").asText(t.path("UpdatedAt").asText()));
        } catch (RuntimeException e) {
            updated = Instant.EPOCH;
        }
        String nodeId = t.path("NodeID").asText("");
        return new ServiceTaskState(t.path("ID").asText(), t.path("Slot").asInt(0),
                nodeId.isEmpty() ? "(not placed)" : nodes.getOrDefault(nodeId, nodeId),
                t.path("Status").path("State").asText(), t.path("DesiredState").asText(),
                at > 0 ? image.substring(0, at) : image,
                t.path("Status").path("Err").asText(""), updated);
    }

    /** "slot 2 on node-1: running (wants running), testenv/busybox:2". */
    public String sentence() {
        return "slot " + slot + " on " + node + ": " + state + (state.equals(desiredState) ? "" : " (wants " + desiredState + ")")
                + ", " + image + (message.isEmpty() ? "" : " — " + message);
    }
}
