package io.pilothouse.core.workflows.restart;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotModifiedException;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.Optional;

/**
 * Starts a container the plan stopped and waits until it runs (and, when it has a health check,
 * until it is healthy): the stop is then resolved. Nothing to do when the plan did not stop it.
 */
public final class StartContainerStep implements Step {

    private final DockerClient docker;
    private final String container;
    private final Duration readyTimeout;

    public StartContainerStep(DockerClient docker, String container, Duration readyTimeout) {
        this.docker = docker;
        this.container = container;
        this.readyTimeout = readyTimeout;
    }

    @Override
    public String description() {
        return "Start container " + container + " and wait until it runs";
    }

    @Override
    public void run(StepContext ctx) throws InterruptedException {
        Optional<HostChange> stopped = ctx.get(StopContainerStep.key(container), HostChange.class);
        if (stopped.isEmpty()) {
            return;
        }
        try {
            docker.startContainerCmd(container).exec();
        } catch (NotModifiedException alreadyRunning) {
            // started by someone else meanwhile
        }
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        long waited = 0;
        while (true) {
            InspectContainerResponse.ContainerState s = docker.inspectContainerCmd(container).exec().getState();
            HealthState health = s.getHealth();
            boolean running = Boolean.TRUE.equals(s.getRunning()) && !Boolean.TRUE.equals(s.getRestarting());
            String status = health == null ? null : health.getStatus();
            if (running && (status == null || status.equals("healthy"))) {
                break;
            }
            if (!running && !Boolean.TRUE.equals(s.getRestarting()) && waited > 0) {
                throw new IllegalStateException(container + " did not stay up after its start (exit code "
                        + s.getExitCodeLong() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(container + " was not " + (running ? "healthy" : "running") + " within "
                        + readyTimeout.toSeconds() + " s of its start");
            }
            ctx.progress(waited, readyTimeout.toMillis(), ProgressUnit.ITEMS);
            Thread.sleep(200);
            waited += 200;
        }
        ctx.resolved(stopped.get());
        ctx.progress(1, 1, ProgressUnit.ITEMS);
    }
}
