package io.pilothouse.core.workflows.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** The swarm's nodes through the engine's JSON API: list, find, set availability, count their tasks. */
public final class SwarmNodes {

    private final EngineApi api;

    public SwarmNodes(EngineApi api) {
        this.api = api;
    }

    public List<SwarmNode> list() {
        JsonNode nodes;
        try {
            nodes = api.get("/nodes");
        } catch (EngineRequestFailed e) {
            if (e.status() == 503) {
                throw new IllegalArgumentException("This host is not a swarm manager: it has no nodes to list or change.");
            }
            throw e;
        }
        Map<String, Integer> tasks = runningTasksPerNode();
        List<SwarmNode> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            String id = n.path("ID").asText();
            out.add(new SwarmNode(id, n.path("Description").path("Hostname").asText(id), n.path("Spec").path("Role").asText(""),
                    n.path("Spec").path("Availability").asText(""), n.path("Status").path("State").asText(""),
                    n.path("ManagerStatus").path("Leader").asBoolean(false), n.path("Version").path("Index").asLong(),
                    tasks.getOrDefault(id, 0)));
        }
        return out;
    }

    /** A node by hostname, id or unique id prefix. */
    public SwarmNode find(String node) {
        List<SwarmNode> all = list();
        for (SwarmNode n : all) {
            if (n.id().equals(node) || n.hostname().equals(node)) {
                return n;
            }
        }
        List<SwarmNode> prefixed = all.stream().filter(n -> node.length() >= 3 && n.id().startsWith(node)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new IllegalArgumentException("There is no swarm node \"" + node + "\" on this host (nodes: "
                + String.join(", ", all.stream().map(SwarmNode::hostname).toList()) + ").");
    }

    private Map<String, Integer> runningTasksPerNode() {
        Map<String, Integer> count = new HashMap<>();
        for (JsonNode t : api.get("/tasks?filters=" + EngineApi.encode("{\"desired-state\":[\"running\"]}"))) {
            if ("running".equals(t.path("Status").path("State").asText())) {
                count.merge(t.path("NodeID").asText(""), 1, Integer::sum);
            }
        }
        return count;
    }

    public void setAvailability(String nodeId, NodeAvailability availability) {
        JsonNode n = api.get("/nodes/" + EngineApi.encode(nodeId));
        ObjectNode spec = ((ObjectNode) n.path("Spec")).deepCopy();
        spec.put("Availability", availability.engineName());
        api.post("/nodes/" + EngineApi.encode(nodeId) + "/update?version=" + n.path("Version").path("Index").asLong(), spec);
    }

    /** Waits until no task runs on the node any more (after a drain). */
    public void awaitEmpty(SwarmNode node, Duration timeout, CancelToken cancel, IntConsumer progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int left = 0;
            for (JsonNode t : api.get("/tasks?filters=" + EngineApi.encode("{\"node\":[\"" + node.id() + "\"]}"))) {
                String state = t.path("Status").path("State").asText();
                if (state.equals("running") || state.equals("starting")) {
                    left++;
                }
            }
            progress.accept(left);
            if (left == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(left + " tasks still run on " + node.hostname() + " "
                        + timeout.toSeconds() + " s after it was drained.");
            }
            if (cancel != null) {
                cancel.throwIfCancelled();
            }
            Thread.sleep(250);
        }
    }
}
