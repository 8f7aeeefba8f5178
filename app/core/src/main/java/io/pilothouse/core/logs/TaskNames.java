package io.pilothouse.core.logs;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.host.EngineApi;

import java.util.HashMap;
import java.util.Map;

/**
 * The names a service's tasks go by in its log, as {@code docker service logs} shows them without
 * task ids: the service's name and the task's slot ({@code web.2}), or the node's id for a task of a
 * global service. A task the engine no longer knows goes by its own id.
 */
final class TaskNames {

    private final String service;
    private final Map<String, String> known = new HashMap<>();

    TaskNames(String service) {
        this.service = service;
    }

    /** The name of task {@code taskId}, asking the engine the first time. */
    String of(String taskId, String nodeId, EngineApi api) {
        return known.computeIfAbsent(taskId, id -> ask(id, nodeId, api));
    }

    private String ask(String taskId, String nodeId, EngineApi api) {
        try {
            JsonNode task = api.get("/tasks/" + taskId);
            int slot = task.path("Slot").asInt(0);
            if (slot > 0) {
                return service + "." + slot;
            }
            String node = task.path("NodeID").asText(nodeId == null ? "" : nodeId);
            if (!node.isEmpty()) {
                return service + "." + shortId(node);
            }
        } catch (RuntimeException e) {
            // removed meanwhile, or the engine did not answer: the id tells it apart
        }
        return service + "." + shortId(taskId);
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
