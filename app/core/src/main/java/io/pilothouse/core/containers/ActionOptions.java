package io.pilothouse.core.containers;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of a container action.
 *
 * @param removeVolumes remove: also remove the container's anonymous volumes
 * @param force         remove: remove a running container too (killing it)
 * @param stopGrace     stop and restart: how long the process gets after SIGTERM before SIGKILL
 * @param callTimeout   the limit for the engine's answer, on top of the stop grace
 */
public record ActionOptions(boolean removeVolumes, boolean force, Duration stopGrace, Duration callTimeout) {

    public ActionOptions {
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }

    public static ActionOptions defaults() {
        return new ActionOptions(false, false, Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    public ActionOptions withRemoveVolumes(boolean v) {
        return new ActionOptions(v, force, stopGrace, callTimeout);
    }

    public ActionOptions withForce(boolean f) {
        return new ActionOptions(removeVolumes, f, stopGrace, callTimeout);
    }
}
