package io.pilothouse.core.workflows.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads and scales swarm services through the engine's JSON API, so a service's spec goes back
 * with every field it had (also those the typed client does not know), only its replicas changed.
 */
public final class SwarmServices {

    private static final long POLL_MILLIS = 100;
    /** How long a converged service must stay converged: a task that starts and exits at once is seen running first. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final EngineApi api;

    public SwarmServices(EngineApi api) {
        this.api = api;
    }

    /** The service by name or id; an {@link IllegalArgumentException} with a sentence when there is none. */
    public ServiceState inspect(String service) {
        JsonNode s;
        try {
            s = api.get("/services/" + EngineApi.encode(service));
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("There is no swarm service \"" + service + "\" on this host.");
            }
            if (e.status() == 503) {
                throw new IllegalArgumentException("This host is not a swarm manager, so it has no services to scale.");
            }
            throw e;
        }
        return state(s);
    }

    private ServiceState state(JsonNode s) {
        String id = s.path("ID").asText();
        JsonNode spec = s.path("Spec");
        JsonNode replicated = spec.path("Mode").path("Replicated");
        int replicas = replicated.isObject() ? replicated.path("Replicas").asInt(1) : -1;
        boolean quorum = "majority".equalsIgnoreCase(spec.path("Labels").path(ServiceState.QUORUM_LABEL).asText(""));
        JsonNode test = spec.path("TaskTemplate").path("ContainerSpec").path("Healthcheck").path("Test");
        boolean healthcheck = test.isArray() && !test.isEmpty() && !"NONE".equals(test.get(0).asText());
        return new ServiceState(id, spec.path("Name").asText(id), s.path("Version").path("Index").asLong(), replicas,
                running(tasks(id)), quorum, healthcheck);
    }

    /** The service's tasks, as the engine lists them. */
    public List<JsonNode> tasks(String serviceId) {
        String filter = EngineApi.encode("{\"service\":[\"" + serviceId + "\"]}");
        List<JsonNode> out = new ArrayList<>();
        api.get("/tasks?filters=" + filter).forEach(out::add);
        return out;
    }

    static int running(List<JsonNode> tasks) {
        int n = 0;
        for (JsonNode t : tasks) {
            if ("running".equals(t.path("DesiredState").asText()) && "running".equals(t.path("Status").path("State").asText())) {
                n++;
            }
        }
        return n;
    }

    /** Tasks still running that are on their way out (desired shutdown or removal). */
    static int leaving(List<JsonNode> tasks) {
        int n = 0;
        for (JsonNode t : tasks) {
            if (!"running".equals(t.path("DesiredState").asText()) && "running".equals(t.path("Status").path("State").asText())) {
                n++;
            }
        }
        return n;
    }

    /** The ids of the service's tasks now, to tell the tasks a change makes from the older ones. */
    public Set<String> taskIds(String serviceId) {
        Set<String> ids = new HashSet<>();
        tasks(serviceId).forEach(t -> ids.add(t.path("ID").asText()));
        return ids;
    }

    /** Sets the replicas of a replicated service, keeping the rest of its spec as the engine has it. */
    public void setReplicas(String serviceId, int replicas) {
        JsonNode s = api.get("/services/" + EngineApi.encode(serviceId));
        ObjectNode spec = ((ObjectNode) s.path("Spec")).deepCopy();
        JsonNode mode = spec.path("Mode");
        if (!mode.path("Replicated").isObject()) {
            throw new IllegalStateException("The service " + spec.path("Name").asText(serviceId) + " is not replicated any more.");
        }
        ((ObjectNode) mode.get("Replicated")).put("Replicas", replicas);
        long version = s.path("Version").path("Index").asLong();
        api.post("/services/" + EngineApi.encode(serviceId) + "/update?version=" + version, spec);
    }

    /**
     * Waits until exactly {@code replicas} tasks run and none is still on its way out, and that has
     * held for {@link #SETTLE} (a task that crashes right after it started is running for a moment). A task made
     * after {@code before} was taken that fails or is rejected ends the wait at once with its error.
     * {@code progress} hears the running count.
     */
    public void awaitReplicas(ServiceState service, int replicas, Set<String> before, Duration timeout, CancelToken cancel,
                              IntConsumer progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        long stableSince = -1;
        while (true) {
            List<JsonNode> tasks = tasks(service.id());
            int running = running(tasks);
            if (running != last) {
                progress.accept(running);
                last = running;
            }
            String failed = failedNewTask(tasks, before);
            if (failed != null) {
                throw new IllegalStateException("A new task of " + service.name() + " could not start: " + failed + ".");
            }
            if (running == replicas && leaving(tasks) == 0) {
                long now = System.nanoTime();
                if (stableSince < 0) {
                    stableSince = now;
                }
                if (now - stableSince >= SETTLE.toNanos()) {
                    return;
                }
            } else {
                stableSince = -1;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.name() + " did not reach " + replicas + " running replicas within "
                        + timeout.toSeconds() + " s (" + running + " running" + pendingWhy(tasks) + ").");
            }
            if (cancel != null) {
                cancel.throwIfCancelled();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static String failedNewTask(List<JsonNode> tasks, Set<String> before) {
        for (JsonNode t : tasks) {
            if (before.contains(t.path("ID").asText())) {
                continue;
            }
            String state = t.path("Status").path("State").asText();
            if (state.equals("failed") || state.equals("rejected")) {
                return describeTask(t);
            }
        }
        return null;
    }

    private static String pendingWhy(List<JsonNode> tasks) {
        for (JsonNode t : tasks) {
            if ("running".equals(t.path("DesiredState").asText()) && !"running".equals(t.path("Status").path("State").asText())) {
                return "; a task is " + describeTask(t);
            }
        }
        return "";
    }

    private static String describeTask(JsonNode t) {
        JsonNode status = t.path("Status");
        String err = status.path("Err").asText("");
        String message = status.path("Message").asText("");
        int exit = status.path("ContainerStatus").path("ExitCode").asInt(0);
        String slot = t.path("Slot").isMissingNode() ? "" : " (slot " + t.path("Slot").asInt() + ")";
        return "task " + t.path("ID").asText().substring(0, Math.min(12, t.path("ID").asText().length())) + slot + " "
                + status.path("State").asText() + (exit != 0 ? ", exit code " + exit : "")
                + (!err.isEmpty() ? ": " + err : !message.isEmpty() ? ": " + message : "");
    }

    /** For a global service: each node and its task (one per eligible node). */
    public List<NodeTasks> perNode(ServiceState service) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        api.get("/nodes").forEach(n -> nodes.put(n.path("ID").asText(), n));
        Map<String, JsonNode> newest = new HashMap<>();
        Map<String, Integer> running = new HashMap<>();
        for (JsonNode t : tasks(service.id())) {
            String node = t.path("NodeID").asText("");
            if (node.isEmpty()) {
                continue;
            }
            if ("running".equals(t.path("Status").path("State").asText()) && "running".equals(t.path("DesiredState").asText())) {
                running.merge(node, 1, Integer::sum);
            }
            JsonNode prev = newest.get(node);
            if (prev == null || t.path("CreatedAt").asText().compareTo(prev.path("CreatedAt").asText()) > 0) {
                newest.put(node, t);
            }
        }
        List<NodeTasks> out = new ArrayList<>();
        nodes.forEach((id, n) -> {
            JsonNode t = newest.get(id);
            out.add(new NodeTasks(id, n.path("Description").path("Hostname").asText(id),
                    n.path("Spec").path("Availability").asText(""), running.getOrDefault(id, 0),
                    t == null ? "none" : t.path("Status").path("State").asText(),
                    t == null ? "" : t.path("Status").path("Err").asText("")));
        });
        return out;
    }
}
