package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.pilothouse.core.workflows.upgrade.EngineApi.encode;
import static io.pilothouse.core.workflows.upgrade.RecreateSteps.path;

/** The steps of a blue/green switch: each does one thing on the engine and takes it back. */
final class BlueGreenSteps {

    private static final Duration UNDO_SETTLE = Duration.ofSeconds(1);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BlueGreenSteps() {
    }

    /** Creates green beside blue: blue's configuration, the new image, no fixed address, without the moving aliases. */
    record CreateGreen(EngineApi api, BlueGreenState s, ContainerConfigCopier copier) implements Step {
        @Override public String description() {
            return "Create " + s.greenName + " from " + s.image + " beside " + s.name + ", on the same networks";
        }

        @Override public void run(StepContext ctx) {
            JsonNode blue = api.get(path(s.blueId) + "/json");
            CreateRequest request = copier.copy(blue, RecreateSteps.imageConfig(api, blue.path("Image").asText()),
                    RecreateSteps.imageConfig(api, s.image), s.image);
            ObjectNode body = request.body();
            body.remove("MacAddress");
            if (body.path("Hostname").asText("").equals(s.name)) {
                body.remove("Hostname");
            }
            ObjectNode endpoints = (ObjectNode) body.path("NetworkingConfig").path("EndpointsConfig");
            if (endpoints.isObject()) {
                endpoints.fields().forEachRemaining(e -> withoutMoving(e.getKey(), (ObjectNode) e.getValue()));
            }
            JsonNode answer = api.post("/containers/create?name=" + encode(s.greenName), body);
            s.greenId = answer.path("Id").asText();
            s.created = HostChange.of(ChangeKind.CREATED_CONTAINER, s.greenId, Map.of("name", s.greenName),
                    "created " + s.greenName + " from " + s.image);
            ctx.changed(s.created);
            for (NetworkAttachment n : request.furtherNetworks()) {
                ObjectNode endpoint = ((ObjectNode) n.endpointConfig()).deepCopy();
                withoutMoving(n.network(), endpoint);
                connect(api, n.network(), s.greenId, endpoint);
            }
        }

        private void withoutMoving(String network, ObjectNode endpoint) {
            endpoint.remove("IPAMConfig");
            List<String> moving = s.moves.stream().filter(m -> m.network().equals(network))
                    .flatMap(m -> m.moving().stream()).toList();
            ArrayNode kept = NODES.arrayNode();
            endpoint.path("Aliases").forEach(a -> {
                if (!moving.contains(a.asText()) && !a.asText().equals(s.name)) {
                    kept.add(a.asText());
                }
            });
            endpoint.set("Aliases", kept);
        }

        @Override public void undo(StepContext ctx) {
            if (s.created != null) {
                try {
                    api.delete(path(s.greenId) + "?force=1&v=0");
                } catch (EngineRequestFailed e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                }
                ctx.resolved(s.created);
                s.created = null;
            }
        }
    }

    record StartGreen(EngineApi api, BlueGreenState s) implements Step {
        @Override public String description() {
            return "Start " + s.greenName;
        }

        @Override public void run(StepContext ctx) {
            api.post(path(s.greenId) + "/start", null);
        }
    }

    record WaitGreen(EngineApi api, BlueGreenState s, HealthGate gate) implements Step {
        @Override public String description() {
            return "Wait until " + s.greenName + " is " + gate.describe();
        }

        @Override public void run(StepContext ctx) throws InterruptedException {
            new HealthWait(api, gate).await(s.greenId, s.greenName, ctx.cancel());
        }

        @Override public boolean mutating() {
            return false;
        }
    }

    /**
     * Moves the aliases: green gets them first (both answer for a moment), then blue is reconnected
     * without them, on its address where the network allows it, so its open connections can finish.
     */
    record MoveAliases(EngineApi api, BlueGreenState s) implements Step {
        @Override public String description() {
            return "Move " + describe(s.moves) + " from " + s.name + " to " + s.greenName;
        }

        @Override public void run(StepContext ctx) {
            for (AliasMove m : s.moves) {
                List<String> greenAliases = aliasesOn(api, s.greenId, m.network());
                Set<String> all = new LinkedHashSet<>(greenAliases);
                all.addAll(m.moving());
                reconnect(api, m.network(), s.greenId, new ArrayList<>(all), null);
                HostChange taken = HostChange.of(ChangeKind.REMOVED_ALIASES, s.blueId, Map.of("network", m.network(),
                        "aliases", String.join(",", m.blueAliases()), "ipv4", m.blueAddress() == null ? "" : m.blueAddress()),
                        "moved " + String.join(", ", m.moving()) + " on " + m.network() + " from " + s.name + " to " + s.greenName);
                ctx.changed(taken);
                s.aliasesTaken.add(taken);
                reconnect(api, m.network(), s.blueId, m.staying(), m.blueAddress());
                ctx.note(String.join(", ", m.moving()) + " on " + m.network() + " now resolve to " + s.greenName);
            }
        }

        /** Blue gets its aliases back first, then green gives them up: the name always resolves. */
        @Override public void undo(StepContext ctx) {
            for (int i = s.moves.size() - 1; i >= 0; i--) {
                AliasMove m = s.moves.get(i);
                HostChange taken = s.aliasesTaken.stream()
                        .filter(c -> m.network().equals(c.details().get("network"))).findFirst().orElse(null);
                if (taken != null) {
                    reconnect(api, m.network(), s.blueId, m.blueAliases(), m.blueAddress());
                    ctx.resolved(taken);
                    s.aliasesTaken.remove(taken);
                }
                List<String> greenAliases = new ArrayList<>(aliasesOn(api, s.greenId, m.network()));
                if (greenAliases.removeAll(m.moving())) {
                    // on its own address again, so a request that reached green just before finds it back
                    reconnect(api, m.network(), s.greenId, greenAliases, addressOn(api, s.greenId, m.network()));
                }
            }
            settle();
        }

        /** A moment for requests that resolved the aliases to green just before to finish before green stops. */
        private static void settle() {
            try {
                Thread.sleep(UNDO_SETTLE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    record Drain(BlueGreenState s, Duration drain) implements Step {
        @Override public String description() {
            return "Let " + s.name + " finish its open requests for " + drain.toSeconds() + " s";
        }

        @Override public void run(StepContext ctx) throws InterruptedException {
            long end = System.nanoTime() + drain.toNanos();
            long total = drain.toMillis();
            while (System.nanoTime() < end) {
                ctx.cancel().throwIfCancelled();
                long left = (end - System.nanoTime()) / 1_000_000;
                ctx.progress(Math.max(0, total - left), total, ProgressUnit.ITEMS);
                Thread.sleep(Math.max(1, Math.min(200, left)));
            }
        }

        @Override public boolean mutating() {
            return false;
        }
    }

    record StopBlue(EngineApi api, BlueGreenState s) implements Step {
        @Override public String description() {
            return "Stop " + s.name + " (its own stop timeout)";
        }

        @Override public void run(StepContext ctx) {
            JsonNode inspect = api.get(path(s.blueId) + "/json");
            if (!inspect.path("State").path("Running").asBoolean()) {
                return;
            }
            api.post(path(s.blueId) + "/stop?t=" + inspect.path("Config").path("StopTimeout").asInt(10), null);
            s.stopped = HostChange.of(ChangeKind.STOPPED_CONTAINER, s.blueId, Map.of("name", s.name), "stopped " + s.name);
            ctx.changed(s.stopped);
        }

        @Override public void undo(StepContext ctx) {
            if (s.stopped != null) {
                api.post(path(s.blueId) + "/start", null);
                ctx.resolved(s.stopped);
                s.stopped = null;
            }
        }
    }

    /** Blue is renamed aside and green takes its name. */
    record HandOverName(EngineApi api, BlueGreenState s) implements Step {
        @Override public String description() {
            return "Rename " + s.name + " to " + s.asideName + " and " + s.greenName + " to " + s.name;
        }

        @Override public void run(StepContext ctx) {
            api.post(path(s.blueId) + "/rename?name=" + encode(s.asideName), null);
            s.blueRenamed = HostChange.of(ChangeKind.RENAMED_CONTAINER, s.blueId, Map.of("from", s.name, "to", s.asideName),
                    "renamed " + s.name + " to " + s.asideName);
            ctx.changed(s.blueRenamed);
            api.post(path(s.greenId) + "/rename?name=" + encode(s.name), null);
            s.greenRenamed = HostChange.of(ChangeKind.RENAMED_CONTAINER, s.greenId, Map.of("from", s.greenName, "to", s.name),
                    "renamed " + s.greenName + " to " + s.name);
            ctx.changed(s.greenRenamed);
        }

        @Override public void undo(StepContext ctx) {
            if (s.greenRenamed != null) {
                api.post(path(s.greenId) + "/rename?name=" + encode(s.greenName), null);
                ctx.resolved(s.greenRenamed);
                s.greenRenamed = null;
            }
            if (s.blueRenamed != null) {
                api.post(path(s.blueId) + "/rename?name=" + encode(s.name), null);
                ctx.resolved(s.blueRenamed);
                s.blueRenamed = null;
            }
        }
    }

    /** Removes blue (its volumes and image are kept, for a later rollback); nothing is left to take back. */
    record RemoveBlue(EngineApi api, BlueGreenState s) implements Step {
        @Override public String description() {
            return "Remove the old " + s.name + " (its volumes and image are kept)";
        }

        @Override public void run(StepContext ctx) {
            api.delete(path(s.blueId) + "?force=1&v=0");
            List<HostChange> all = new ArrayList<>(s.aliasesTaken);
            all.add(s.stopped);
            all.add(s.blueRenamed);
            all.add(s.greenRenamed);
            all.add(s.created);
            all.stream().filter(java.util.Objects::nonNull).forEach(ctx::resolved);
            s.aliasesTaken.clear();
            s.stopped = null;
            s.blueRenamed = null;
            s.greenRenamed = null;
            s.created = null;
            if (s.finished != null) {
                s.finished.journal(ctx);
            }
        }
    }

    static String describe(List<AliasMove> moves) {
        List<String> parts = new ArrayList<>();
        for (AliasMove m : moves) {
            parts.add(String.join(", ", m.moving()) + " on " + m.network());
        }
        return String.join("; ", parts);
    }

    static List<String> aliasesOn(EngineApi api, String container, String network) {
        List<String> out = new ArrayList<>();
        JsonNode inspect = api.get(path(container) + "/json");
        String shortId = inspect.path("Id").asText("").length() >= 12 ? inspect.path("Id").asText().substring(0, 12) : "";
        inspect.path("NetworkSettings").path("Networks").path(network).path("Aliases").forEach(a -> {
            if (!a.asText().equals(shortId)) {
                out.add(a.asText());
            }
        });
        return out;
    }

    /** The container's IPv4 address on {@code network}; null when it has none there. */
    static String addressOn(EngineApi api, String container, String network) {
        String ip = api.get(path(container) + "/json").path("NetworkSettings").path("Networks").path(network)
                .path("IPAddress").asText("");
        return ip.isBlank() ? null : ip;
    }

    static void connect(EngineApi api, String network, String container, ObjectNode endpoint) {
        ObjectNode body = NODES.objectNode();
        body.put("Container", container);
        body.set("EndpointConfig", endpoint);
        api.post("/networks/" + encode(network) + "/connect", body);
    }

    /** Disconnects and connects again with exactly these aliases, on {@code ipv4} when the network allows a chosen address. */
    static void reconnect(EngineApi api, String network, String container, List<String> aliases, String ipv4) {
        ObjectNode off = NODES.objectNode();
        off.put("Container", container);
        off.put("Force", true);
        api.post("/networks/" + encode(network) + "/disconnect", off);
        ObjectNode endpoint = NODES.objectNode();
        ArrayNode list = endpoint.putArray("Aliases");
        aliases.forEach(list::add);
        if (ipv4 != null && !ipv4.isBlank()) {
            ObjectNode withAddress = endpoint.deepCopy();
            withAddress.putObject("IPAMConfig").put("IPv4Address", ipv4);
            try {
                connect(api, network, container, withAddress);
                return;
            } catch (EngineRequestFailed refused) {
                // the network has no user-configured subnet: any address
            }
        }
        connect(api, network, container, endpoint);
    }
}
