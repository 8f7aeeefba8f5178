package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.CancelToken;

import java.time.Duration;

import static io.pilothouse.core.workflows.upgrade.EngineApi.encode;

/** Waits until a started container passes a {@link HealthGate}, or says why it did not. */
final class HealthWait {

    private static final long POLL_MILLIS = 250;

    private final EngineApi api;
    private final HealthGate gate;

    HealthWait(EngineApi api, HealthGate gate) {
        this.api = api;
        this.gate = gate;
    }

    void await(String id, String name, CancelToken cancel) throws InterruptedException {
        long start = System.nanoTime();
        JsonNode inspect = api.get("/containers/" + encode(id) + "/json");
        JsonNode test = inspect.path("Config").path("Healthcheck").path("Test");
        boolean hasHealthcheck = test.isArray() && !test.isEmpty() && !"NONE".equals(test.get(0).asText());
        long deadline = start + (hasHealthcheck ? gate.timeout() : gate.settle()).toNanos();
        int restarts = inspect.path("RestartCount").asInt();
        while (true) {
            cancel.throwIfCancelled();
            JsonNode state = inspect.path("State");
            if (!state.path("Running").asBoolean() || state.path("Restarting").asBoolean()
                    || inspect.path("RestartCount").asInt() > restarts) {
                throw new IllegalStateException("The new " + name + " stopped (exit code " + state.path("ExitCode").asInt()
                        + (state.path("Error").asText("").isEmpty() ? "" : ", " + state.path("Error").asText()) + ")"
                        + lastLog(state) + ".");
            }
            if (hasHealthcheck) {
                String status = state.path("Health").path("Status").asText("");
                if (status.equals("healthy")) {
                    break;
                }
                if (status.equals("unhealthy")) {
                    throw new IllegalStateException("The new " + name + " is unhealthy" + lastLog(state) + ".");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The new " + name + " did not become healthy within "
                            + gate.timeout().toSeconds() + " s (health: " + (status.isEmpty() ? "none" : status) + ")"
                            + lastLog(state) + ".");
                }
            } else if (System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(POLL_MILLIS);
            inspect = api.get("/containers/" + encode(id) + "/json");
        }
        if (gate.probePort() != null) {
            probe(id, name, start, cancel);
        }
    }

    private void probe(String id, String name, long start, CancelToken cancel) throws InterruptedException {
        String target = gate.httpPath() != null
                ? "timeout 3 wget -q -O /dev/null http://127.0.0.1:" + gate.probePort() + gate.httpPath()
                : "nc -z -w 2 127.0.0.1 " + gate.probePort();
        long deadline = start + gate.timeout().toNanos();
        int exit = -1;
        while (System.nanoTime() < deadline) {
            cancel.throwIfCancelled();
            exit = exec(id, target);
            if (exit == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The new " + name + " does not answer " + (gate.httpPath() != null ? "HTTP GET :"
                + gate.probePort() + gate.httpPath() : "TCP :" + gate.probePort()) + " within " + gate.timeout().toSeconds()
                + " s (last probe exit code " + exit + ").");
    }

    private int exec(String id, String command) throws InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("Cmd").add("sh").add("-c").add(command);
        String exec = api.post("/containers/" + encode(id) + "/exec", body).path("Id").asText();
        ObjectNode startBody = JsonNodeFactory.instance.objectNode();
        startBody.put("Detach", true);
        api.post("/exec/" + exec + "/start", startBody);
        for (int i = 0; i < 40; i++) {
            JsonNode info = api.get("/exec/" + exec + "/json");
            if (!info.path("Running").asBoolean()) {
                return info.path("ExitCode").asInt(-1);
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static String lastLog(JsonNode state) {
        JsonNode log = state.path("Health").path("Log");
        if (log.isArray() && !log.isEmpty()) {
            String out = log.get(log.size() - 1).path("Output").asText("").strip();
            if (!out.isEmpty()) {
                return "; last health output: " + (out.length() > 200 ? out.substring(0, 200) + "…" : out);
            }
        }
        return "";
    }
}
