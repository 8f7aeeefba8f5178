package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.pilothouse.core.workflows.upgrade.EngineApi.encode;

/** The steps of a recreate: each does one thing on the engine and takes it back. */
final class RecreateSteps {

    private RecreateSteps() {
    }

    static String path(String container) {
        return "/containers/" + encode(container);
    }

    /** Pulls the new image; a pulled image is kept (it is the one to run, or harmless). */
    record Pull(EngineApi api, ImageReference image, RegistryCredentials credentials) implements Step {
        @Override public String description() {
            return "Pull " + image;
        }

        @Override public void run(StepContext ctx) {
            Set<String> layers = new HashSet<>();
            Set<String> done = new HashSet<>();
            String query = "/images/create?fromImage=" + encode(image.repository())
                    + (image.digest() != null ? "&tag=" + encode(image.digest()) : "&tag=" + encode(image.tag()));
            try {
                api.postStream(query, line -> {
                    String id = line.path("id").asText("");
                    String status = line.path("status").asText("");
                    if (!id.isEmpty() && !status.startsWith("Pulling from")) {
                        layers.add(id);
                        if (status.equals("Pull complete") || status.equals("Already exists")) {
                            done.add(id);
                        }
                        ctx.progress(done.size(), layers.size(), ProgressUnit.ITEMS);
                    }
                    ctx.cancel().throwIfCancelled();
                }, ctx.cancel()::onCancel, registryAuth(credentials, image));
            } catch (EngineRequestFailed e) {
                throw new IllegalStateException("Pulling " + image + " failed: " + e.getMessage(), e);
            }
            ctx.cancel().throwIfCancelled();
        }

        @Override public boolean mutating() {
            return false;
        }
    }

    /** The engine's X-Registry-Auth header for the image's registry, or null without a login. */
    static String registryAuth(RegistryCredentials credentials, ImageReference image) {
        return credentials.userPassword(image.registry()).map(login -> {
                int colon = login.indexOf(':');
                ObjectNode auth = JsonNodeFactory.instance.objectNode();
                auth.put("username", colon < 0 ? login : login.substring(0, colon));
                auth.put("password", colon < 0 ? "" : login.substring(colon + 1));
                auth.put("serveraddress", image.registry());
                return java.util.Base64.getUrlEncoder().encodeToString(auth.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }).orElse(null);
    }

    record Stop(EngineApi api, RecreateState s) implements Step {
        @Override public String description() {
            return "Stop " + s.container + " (its own stop timeout)";
        }

        @Override public void run(StepContext ctx) {
            JsonNode inspect = api.get(path(s.oldId) + "/json");
            s.oldInspect = inspect;
            if (!inspect.path("State").path("Running").asBoolean()) {
                ctx.note(s.name + " was not running; it is left stopped");
                return;
            }
            int timeout = inspect.path("Config").path("StopTimeout").asInt(10);
            api.post(path(s.oldId) + "/stop?t=" + timeout, null);
            s.stopped = HostChange.of(ChangeKind.STOPPED_CONTAINER, s.oldId, Map.of("name", s.name), "stopped " + s.name);
            ctx.changed(s.stopped);
        }

        @Override public void undo(StepContext ctx) {
            if (s.stopped != null) {
                api.post(path(s.oldId) + "/start", null);
                ctx.resolved(s.stopped);
                s.stopped = null;
            }
        }
    }

    record RenameAside(EngineApi api, RecreateState s) implements Step {
        @Override public String description() {
            return "Rename " + s.container + " aside to " + s.asideName;
        }

        @Override public void run(StepContext ctx) {
            api.post(path(s.oldId) + "/rename?name=" + encode(s.asideName), null);
            s.renamed = HostChange.of(ChangeKind.RENAMED_CONTAINER, s.oldId, Map.of("from", s.name, "to", s.asideName),
                    "renamed " + s.name + " to " + s.asideName);
            ctx.changed(s.renamed);
        }

        @Override public void undo(StepContext ctx) {
            if (s.renamed != null) {
                api.post(path(s.oldId) + "/rename?name=" + encode(s.name), null);
                ctx.resolved(s.renamed);
                s.renamed = null;
            }
        }
    }

    /** Creates the replacement from the old container's configuration and the new image's defaults. */
    record Create(EngineApi api, RecreateState s, ContainerConfigCopier copier) implements Step {
        @Override public String description() {
            return "Create " + s.container + " from " + s.image + " with the same configuration";
        }

        @Override public void run(StepContext ctx) {
            JsonNode old = s.oldInspect != null ? s.oldInspect : api.get(path(s.oldId) + "/json");
            JsonNode oldImage = s.oldImageConfig != null && old.path("Image").asText().equals(s.oldImageId)
                    ? s.oldImageConfig : imageConfig(api, old.path("Image").asText());
            JsonNode newImage = imageConfig(api, s.image);
            CreateRequest request = copier.copy(old, oldImage, newImage, s.image);
            request = new CreateRequest(s.name, request.body(), request.furtherNetworks(), request.imageDefaultChanges());
            s.request = request;
            JsonNode answer = api.post("/containers/create?name=" + encode(s.name), request.body());
            s.newId = answer.path("Id").asText();
            s.created = HostChange.of(ChangeKind.CREATED_CONTAINER, s.newId, Map.of("name", s.name),
                    "created " + s.name + " from " + s.image);
            ctx.changed(s.created);
            for (String w : answer.path("Warnings").isArray() ? iterable(answer.get("Warnings")) : Set.<String>of()) {
                ctx.note("The engine warns: " + w);
            }
        }

        @Override public void undo(StepContext ctx) {
            if (s.created != null) {
                try {
                    api.delete(path(s.newId) + "?force=1&v=0");
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

    record ConnectNetworks(EngineApi api, RecreateState s) implements Step {
        @Override public String description() {
            return "Connect " + s.container + " to its other networks with their aliases and addresses";
        }

        @Override public void run(StepContext ctx) {
            for (NetworkAttachment n : s.request.furtherNetworks()) {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("Container", s.newId);
                body.set("EndpointConfig", n.endpointConfig());
                api.post("/networks/" + encode(n.network()) + "/connect", body);
            }
        }
    }

    record Start(EngineApi api, RecreateState s) implements Step {
        @Override public String description() {
            return "Start the new " + s.container;
        }

        @Override public void run(StepContext ctx) {
            if (!s.wasRunning) {
                ctx.note(s.name + " was not running before: the new container is left stopped");
                return;
            }
            api.post(path(s.newId) + "/start", null);
        }
    }

    record WaitHealthy(EngineApi api, RecreateState s, HealthGate gate) implements Step {
        @Override public String description() {
            return "Wait until the new " + s.container + " is " + gate.describe();
        }

        @Override public void run(StepContext ctx) throws InterruptedException {
            if (!s.wasRunning) {
                return;
            }
            new HealthWait(api, gate).await(s.newId, s.name, ctx.cancel());
        }

        @Override public boolean mutating() {
            return false;
        }
    }

    /** Removes the old container, keeping its volumes and its image (for a later rollback). */
    record RemoveOld(EngineApi api, RecreateState s) implements Step {
        @Override public String description() {
            return "Remove the old " + s.container + " (its volumes and image are kept)";
        }

        @Override public void run(StepContext ctx) {
            api.delete(path(s.oldId) + "?force=1&v=0");
            for (HostChange c : new HostChange[]{s.stopped, s.renamed, s.created}) {
                if (c != null) {
                    ctx.resolved(c);
                }
            }
            s.stopped = null;
            s.renamed = null;
            s.created = null;
            if (s.finished != null) {
                s.finished.journal(ctx);
            }
        }
    }

    static JsonNode imageConfig(EngineApi api, String image) {
        try {
            return api.get("/images/" + encode(image) + "/json").path("Config");
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static Iterable<String> iterable(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
