package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pilothouse.core.workflows.upgrade.RecreateSteps.path;

/** The maintenance window around a platform upgrade: stop everything first, and check everything runs at the end. */
final class WindowSteps {

    private WindowSteps() {
    }

    /** What the window's steps share: the stops still to take back. */
    static final class Window {
        final List<HostChange> stops = new ArrayList<>();
    }

    /** Stops one container for the window; undo starts whatever container carries its name then (old or new). */
    record StopForWindow(EngineApi api, Window window, String id, String name) implements Step {
        @Override public String description() {
            return "Stop " + name + " for the maintenance window";
        }

        @Override public void run(StepContext ctx) {
            JsonNode inspect = api.get(path(id) + "/json");
            if (!inspect.path("State").path("Running").asBoolean()) {
                return;
            }
            api.post(path(id) + "/stop?t=" + inspect.path("Config").path("StopTimeout").asInt(10), null);
            HostChange c = HostChange.of(ChangeKind.STOPPED_CONTAINER, name, Map.of("name", name), "stopped " + name);
            ctx.changed(c);
            window.stops.add(c);
        }

        @Override public void undo(StepContext ctx) {
            HostChange c = window.stops.stream().filter(s -> s.target().equals(name)).findFirst().orElse(null);
            if (c == null) {
                return;
            }
            try {
                JsonNode now = api.get(path(name) + "/json");
                if (!now.path("State").path("Running").asBoolean()) {
                    api.post(path(name) + "/start", null);
                }
            } catch (EngineRequestFailed e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            ctx.resolved(c);
            window.stops.remove(c);
        }
    }

    /** The window ends: every service runs its new container, so the stops are made good. */
    record CloseWindow(EngineApi api, Window window, List<String> names) implements Step {
        @Override public String description() {
            return "Check that " + String.join(", ", names) + " run again and close the maintenance window";
        }

        @Override public void run(StepContext ctx) {
            List<String> down = new ArrayList<>();
            for (String n : names) {
                if (!api.get(path(n) + "/json").path("State").path("Running").asBoolean()) {
                    down.add(n);
                }
            }
            if (!down.isEmpty()) {
                throw new IllegalStateException("Not running after the window: " + String.join(", ", down) + ".");
            }
            window.stops.forEach(ctx::resolved);
            window.stops.clear();
        }

        @Override public boolean mutating() {
            return false;
        }
    }
}
