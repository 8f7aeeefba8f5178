package io.pilothouse.core.workflows.restart;

import io.pilothouse.core.ops.PlanRequest;

import java.util.List;

/**
 * Restart named containers of a host: stop each in the order given, then start them again in the
 * reverse order, each start waiting until the container runs (and is healthy when it has a check).
 *
 * @param host               the saved host's name
 * @param containers         names or ids
 * @param stopTimeoutSeconds how long a container gets to stop before it is killed
 * @param pauseSeconds       how long to wait, stopped, before starting again
 */
public record RestartContainersRequest(String host, List<String> containers, Integer stopTimeoutSeconds,
                                       Integer pauseSeconds) implements PlanRequest {

    public static final String KIND = "restart-containers";

    public RestartContainersRequest {
        if (containers == null || containers.isEmpty()) {
            throw new IllegalArgumentException("A restart needs at least one container (containers: [NAME, ...])");
        }
        if (containers.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("A container name in the restart is empty");
        }
        containers = List.copyOf(containers);
        stopTimeoutSeconds = stopTimeoutSeconds == null ? 10 : stopTimeoutSeconds;
        pauseSeconds = pauseSeconds == null ? 0 : pauseSeconds;
        if (stopTimeoutSeconds < 0 || stopTimeoutSeconds > 3600) {
            throw new IllegalArgumentException("The stop timeout must be between 0 and 3600 seconds, not " + stopTimeoutSeconds);
        }
        if (pauseSeconds < 0 || pauseSeconds > 3600) {
            throw new IllegalArgumentException("The pause must be between 0 and 3600 seconds, not " + pauseSeconds);
        }
    }

    public static RestartContainersRequest of(String host, List<String> containers) {
        return new RestartContainersRequest(host, containers, null, null);
    }
}
