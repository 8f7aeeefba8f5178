package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;

/**
 * Removes a stopped replica with its anonymous volumes; the last steps of a scale down, after
 * everything that could fail, because a removed container cannot come back.
 */
public final class RemoveReplicaStep implements Step {

    private final EngineApi api;
    private final Replica replica;

    public RemoveReplicaStep(EngineApi api, Replica replica) {
        this.api = api;
        this.replica = replica;
    }

    @Override
    public String description() {
        return "Remove replica " + replica.name() + " (cannot be undone)";
    }

    @Override
    public void run(StepContext ctx) {
        try {
            api.delete("/containers/" + replica.id() + "?v=true");
        } catch (EngineRequestFailed e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        ctx.get("stopped:" + replica.id(), io.pilothouse.core.ops.HostChange.class).ifPresent(ctx::resolved);
        ctx.note("removed replica " + replica.name());
    }
}
