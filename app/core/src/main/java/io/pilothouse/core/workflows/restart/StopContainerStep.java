package io.pilothouse.core.workflows.restart;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotModifiedException;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.Map;

/**
 * Stops one container and journals it as stopped, so that it is started again if the plan fails,
 * is cancelled or dies. Leaves the change under {@code stopped:<name>} for the start step.
 */
public final class StopContainerStep implements Step {

    private final DockerClient docker;
    private final String container;
    private final int timeoutSeconds;

    public StopContainerStep(DockerClient docker, String container, int timeoutSeconds) {
        this.docker = docker;
        this.container = container;
        this.timeoutSeconds = timeoutSeconds;
    }

    public static String key(String container) {
        return "stopped:" + container;
    }

    @Override
    public String description() {
        return "Stop container " + container + " (timeout " + timeoutSeconds + " s)";
    }

    @Override
    public void run(StepContext ctx) {
        ctx.cancel().throwIfCancelled();
        ctx.progress(0, 1, ProgressUnit.ITEMS);
        Boolean running = docker.inspectContainerCmd(container).exec().getState().getRunning();
        if (!Boolean.TRUE.equals(running)) {
            ctx.note(container + " was not running; left as it was");
            ctx.progress(1, 1, ProgressUnit.ITEMS);
            return;
        }
        try {
            docker.stopContainerCmd(container).withTimeout(timeoutSeconds).exec();
        } catch (NotModifiedException alreadyStopped) {
            // stopped meanwhile: still ours to start again
        }
        HostChange change = HostChange.of(ChangeKind.STOPPED_CONTAINER, container, Map.of(), "stopped " + container);
        ctx.changed(change);
        ctx.put(key(container), change);
        ctx.progress(1, 1, ProgressUnit.ITEMS);
    }

    @Override
    public void undo(StepContext ctx) {
        ctx.get(key(container), HostChange.class).ifPresent(change -> {
            try {
                docker.startContainerCmd(container).exec();
            } catch (NotModifiedException alreadyRunning) {
                // started again already
            }
            ctx.resolved(change);
        });
    }
}
