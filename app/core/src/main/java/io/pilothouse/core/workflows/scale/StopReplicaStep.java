package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;

import java.util.Map;

/** Stops a replica the proxy no longer sends clients to; journaled as stopped, so a failure starts it again. */
public final class StopReplicaStep implements Step {

    private final EngineApi api;
    private final Replica replica;

    public StopReplicaStep(EngineApi api, Replica replica) {
        this.api = api;
        this.replica = replica;
    }

    @Override
    public String description() {
        return "Stop replica " + replica.name() + (replica.running() ? "" : " (not running)");
    }

    @Override
    public void run(StepContext ctx) {
        ctx.cancel().throwIfCancelled();
        if (!api.get("/containers/" + replica.id() + "/json").path("State").path("Running").asBoolean()) {
            return;
        }
        api.post("/containers/" + replica.id() + "/stop?t=10", null);
        HostChange change = HostChange.of(ChangeKind.STOPPED_CONTAINER, replica.id(), Map.of("name", replica.name()),
                "stopped replica " + replica.name());
        ctx.changed(change);
        ctx.put("stopped:" + replica.id(), change);
    }

    @Override
    public void undo(StepContext ctx) {
        ctx.get("stopped:" + replica.id(), HostChange.class).ifPresent(change -> {
            try {
                api.post("/containers/" + replica.id() + "/start", null);
            } catch (EngineRequestFailed e) {
                if (e.status() != 304) {
                    throw e;
                }
            }
            ctx.resolved(change);
        });
    }
}
