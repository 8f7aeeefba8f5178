package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.pilothouse.core.workflows.upgrade.EngineApi.encode;

/** The steps of a swarm service's rolling update. */
final class ServiceSteps {

    private static final long POLL_MILLIS = 500;
    private static final Set<String> FAILED_STATES = Set.of("paused", "rollback_started", "rollback_paused", "rollback_completed");

    private ServiceSteps() {
    }

    /** What the steps hand on: the service, the image asked for, and the same pinned by its digest. */
    static final class ServiceState {
        final String id;
        final String name;
        final String image;
        String pinned;
        HostChange change;
        String specBefore;

        ServiceState(String id, String name, String image) {
            this.id = id;
            this.name = name;
            this.image = image;
        }
    }

    /** Asks the registry (through the engine) for the image's digest, so every node runs the same image. */
    record ResolveImage(EngineApi api, ServiceState s, RegistryCredentials credentials) implements Step {
        @Override public String description() {
            return "Look up " + s.image + " in its registry";
        }

        @Override public void run(StepContext ctx) {
            ImageReference ref = ImageReference.parse(s.image);
            try {
                JsonNode d = api.withRegistryAuth(false, "/distribution/" + encode(s.image) + "/json", null,
                        RecreateSteps.registryAuth(credentials, ref));
                String digest = d.path("Descriptor").path("digest").asText("");
                s.pinned = digest.isEmpty() || s.image.contains("@") ? s.image : s.image + "@" + digest;
            } catch (EngineRequestFailed e) {
                throw new IllegalStateException("The registry has no image " + s.image + " (" + e.getMessage()
                        + "): the service was left as it is.", e);
            }
        }

        @Override public boolean mutating() {
            return false;
        }
    }

    /** Updates the service's image with the chosen update settings and follows its tasks until swarm is done. */
    record UpdateService(EngineApi api, ServiceState s, ServiceUpdateSettings settings) implements Step {
        @Override public String description() {
            return "Update service " + s.name + " to " + s.image + ": " + settings.describe();
        }

        @Override public void run(StepContext ctx) throws InterruptedException {
            JsonNode current = api.get("/services/" + encode(s.id));
            ObjectNode spec = ((ObjectNode) current.path("Spec")).deepCopy();
            String before = spec.toString();
            if (spec.path("TaskTemplate").path("ContainerSpec").path("Image").asText().equals(s.pinned)) {
                ctx.note(s.name + " already runs " + s.pinned + ": nothing to update");
                return;
            }
            ((ObjectNode) spec.path("TaskTemplate").path("ContainerSpec")).put("Image", s.pinned);
            ObjectNode update = spec.putObject("UpdateConfig");
            update.put("Parallelism", settings.parallelism());
            update.put("Delay", settings.delay().toNanos());
            update.put("FailureAction", settings.failureAction().engineName());
            update.put("Monitor", settings.monitor().toNanos());
            update.put("MaxFailureRatio", 0);
            update.put("Order", settings.order().engineName());
            ObjectNode rollback = spec.putObject("RollbackConfig");
            rollback.put("Parallelism", Math.max(1, settings.parallelism()));
            rollback.put("FailureAction", "pause");
            rollback.put("Monitor", settings.monitor().toNanos());
            rollback.put("Order", settings.order().engineName());
            api.post("/services/" + encode(s.id) + "/update?version=" + current.path("Version").path("Index").asLong(), spec);
            HostChange change = HostChange.of(ChangeKind.UPDATED_SERVICE, s.id, Map.of("spec", before, "name", s.name),
                    "updated service " + s.name + " to " + s.image);
            ctx.changed(change);
            s.change = change;
            s.specBefore = before;
            String outcome;
            try {
                outcome = follow(api, s.id, s.pinned, settings.timeout(), ctx, false);
            } catch (io.pilothouse.core.ops.PlanCancelledException cancelled) {
                restore(api, s.id, s.name, before, settings.timeout(), ctx);
                ctx.resolved(change);
                s.change = null;
                throw cancelled;
            }
            if (!outcome.equals("completed")) {
                restore(api, s.id, s.name, before, settings.timeout(), ctx);
                ctx.resolved(change);
                s.change = null;
                throw new IllegalStateException("The rolling update of " + s.name + " failed (" + outcome + ")"
                        + (outcome.startsWith("rollback") ? ": swarm rolled it back to the previous image." : "."));
            }
            ctx.resolved(change);
            s.change = null;
        }

        /** Gives the service its previous spec again, unless swarm already rolled it back, and waits until it converged. */
        @Override public void undo(StepContext ctx) throws InterruptedException {
            if (s.specBefore == null) {
                return;
            }
            restore(api, s.id, s.name, s.specBefore, settings.timeout(), ctx);
            if (s.change != null) {
                ctx.resolved(s.change);
                s.change = null;
            }
        }
    }

    /** Swarm's own rollback to the previous spec, followed until it completed. */
    record RollBack(EngineApi api, String id, String name, Duration timeout) implements Step {
        @Override public String description() {
            return "Roll service " + name + " back to its previous spec";
        }

        @Override public void run(StepContext ctx) throws InterruptedException {
            JsonNode current = api.get("/services/" + encode(id));
            String image = current.path("PreviousSpec").path("TaskTemplate").path("ContainerSpec").path("Image").asText();
            api.post("/services/" + encode(id) + "/update?version=" + current.path("Version").path("Index").asLong()
                    + "&rollback=previous", current.path("Spec"));
            String outcome = follow(api, id, image, timeout, ctx, true);
            if (!outcome.equals("rollback_completed") && !outcome.equals("completed")) {
                throw new IllegalStateException("The rollback of " + name + " did not complete (" + outcome + ").");
            }
        }
    }

    static void restore(EngineApi api, String id, String name, String specBefore, Duration timeout, StepContext ctx)
            throws InterruptedException {
        JsonNode current = api.get("/services/" + encode(id));
        JsonNode before;
        try {
            before = new com.fasterxml.jackson.databind.ObjectMapper().readTree(specBefore);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The spec of " + name + " from before could not be read", e);
        }
        String oldImage = before.path("TaskTemplate").path("ContainerSpec").path("Image").asText();
        String nowImage = current.path("Spec").path("TaskTemplate").path("ContainerSpec").path("Image").asText();
        String state = current.path("UpdateStatus").path("State").asText("");
        if (nowImage.equals(oldImage) && !state.equals("rollback_started")) {
            return;
        }
        if (!nowImage.equals(oldImage)) {
            api.post("/services/" + encode(id) + "/update?version=" + current.path("Version").path("Index").asLong(), before);
        }
        follow(api, id, oldImage, timeout, ctx, true);
    }

    /**
     * Polls the service until its update status is final (or, without one, every running task runs
     * {@code image}); reports tasks on the image as progress and each task's new state as a note.
     * Returns the final state: "completed", "rollback_completed", "paused", ...
     */
    static String follow(EngineApi api, String id, String image, Duration timeout, StepContext ctx, boolean undoing)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> seen = new HashMap<>();
        String filters = encode("{\"service\":{\"" + id + "\":true}}");
        while (true) {
            if (!undoing) {
                ctx.cancel().throwIfCancelled();
            }
            JsonNode svc = api.get("/services/" + encode(id));
            JsonNode tasks = api.get("/tasks?filters=" + filters);
            int total = svc.path("Spec").path("Mode").path("Replicated").path("Replicas").asInt(-1);
            int onImage = 0;
            int desiredRunning = 0;
            for (JsonNode t : tasks) {
                String state = t.path("Status").path("State").asText();
                String taskImage = t.path("Spec").path("ContainerSpec").path("Image").asText();
                boolean wanted = t.path("DesiredState").asText().equals("running");
                if (wanted) {
                    desiredRunning++;
                }
                if (wanted && state.equals("running") && taskImage.equals(image)) {
                    onImage++;
                }
                String key = t.path("ID").asText();
                String line = state + (t.path("Status").path("Err").asText("").isEmpty() ? "" : " (" + t.path("Status").path("Err").asText() + ")");
                if (!line.equals(seen.put(key, line))) {
                    ctx.note("task " + svc.path("Spec").path("Name").asText() + "." + t.path("Slot").asText("")
                            + " " + key.substring(0, Math.min(10, key.length())) + " on "
                            + ImageReference.parse(taskImage.contains("@") ? taskImage.substring(0, taskImage.indexOf('@')) : taskImage)
                            + ": " + line);
                }
            }
            int expected = total >= 0 ? total : desiredRunning;
            ctx.progress(onImage, expected, ProgressUnit.ITEMS);
            String state = svc.path("UpdateStatus").path("State").asText("");
            if (state.equals("completed") || state.equals("rollback_completed")) {
                return state;
            }
            if (FAILED_STATES.contains(state) && !state.equals("rollback_started")) {
                return state + (svc.path("UpdateStatus").path("Message").asText("").isEmpty() ? ""
                        : ": " + svc.path("UpdateStatus").path("Message").asText());
            }
            if (state.isEmpty() && onImage == expected && expected >= 0) {
                return "completed";
            }
            if (System.nanoTime() > deadline) {
                return "not finished within " + timeout.toSeconds() + " s, last state " + (state.isEmpty() ? "none" : state);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
