package io.pilothouse.core.workflows.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;
import io.pilothouse.core.workflows.upgrade.NetworkAttachment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Creates one replica from the original's configuration, connects its further networks, starts it
 * and waits until it is up (healthy when it has a healthcheck, else still running after a moment).
 * Journaled as created, so a failed or dead plan removes it.
 */
public final class CreateReplicaStep implements Step {

    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final EngineApi api;
    private final String name;
    private final ObjectNode body;
    private final List<NetworkAttachment> networks;
    private final Duration timeout;

    public CreateReplicaStep(EngineApi api, String name, ObjectNode body, List<NetworkAttachment> networks, Duration timeout) {
        this.api = api;
        this.name = name;
        this.body = body;
        this.networks = List.copyOf(networks);
        this.timeout = timeout;
    }

    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "Create replica " + name + " (" + body.path("Image").asText() + ") and wait until it is up";
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ctx.cancel().throwIfCancelled();
        ctx.progress(0, 3, ProgressUnit.ITEMS);
        String id = api.post("/containers/create?name=" + EngineApi.encode(name), body).path("Id").asText();
        HostChange change = HostChange.of(ChangeKind.CREATED_CONTAINER, id, Map.of("name", name), "created replica " + name);
        ctx.changed(change);
        ctx.put("replica:" + name, change);
        for (NetworkAttachment n : networks) {
            ObjectNode connect = JsonNodeFactory.instance.objectNode();
            connect.put("Container", id);
            connect.set("EndpointConfig", n.endpointConfig());
            api.post("/networks/" + EngineApi.encode(n.network()) + "/connect", connect);
        }
        ctx.progress(1, 3, ProgressUnit.ITEMS);
        api.post("/containers/" + id + "/start", null);
        ctx.progress(2, 3, ProgressUnit.ITEMS);
        awaitUp(id);
        ctx.progress(3, 3, ProgressUnit.ITEMS);
    }

    private void awaitUp(String id) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            JsonNode c = api.get("/containers/" + id + "/json");
            JsonNode state = c.path("State");
            if (!state.path("Running").asBoolean() || state.path("Restarting").asBoolean()) {
                throw new IllegalStateException("The replica " + name + " stopped (exit code " + state.path("ExitCode").asInt()
                        + (state.path("Error").asText("").isEmpty() ? "" : ", " + state.path("Error").asText()) + ").");
            }
            String health = state.path("Health").path("Status").asText("");
            long elapsed = System.nanoTime() - start;
            if (health.equals("healthy") || (health.isEmpty() && elapsed >= SETTLE.toNanos())) {
                return;
            }
            if (health.equals("unhealthy")) {
                throw new IllegalStateException("The replica " + name + " is unhealthy.");
            }
            if (elapsed > timeout.toNanos()) {
                throw new IllegalStateException("The replica " + name + " did not become healthy within " + timeout.toSeconds() + " s.");
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void undo(StepContext ctx) {
        ctx.get("replica:" + name, HostChange.class).ifPresent(change -> {
            try {
                api.delete("/containers/" + change.target() + "?force=true&v=true");
            } catch (EngineRequestFailed e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            ctx.resolved(change);
        });
    }
}
