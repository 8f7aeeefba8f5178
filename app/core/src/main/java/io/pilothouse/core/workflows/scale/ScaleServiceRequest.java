package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.PlanRequest;

/**
 * Set the replicas of a replicated swarm service, {@code step} replicas at a time, waiting until
 * each step's tasks run (healthy, when the service has a healthcheck) and {@code intervalSeconds}
 * between steps.
 *
 * @param host            the saved host's name
 * @param service         the service's name or id
 * @param replicas        the count to reach
 * @param step            replicas added or removed per step (at least 1)
 * @param intervalSeconds pause between two steps; null: 0 s when scaling up, 25 s when scaling down
 * @param force           lets a quorum service go below a majority of its members
 * @param timeoutSeconds  how long one step may take to converge
 */
public record ScaleServiceRequest(String host, String service, Integer replicas, Integer step, Integer intervalSeconds,
                                  Boolean force, Integer timeoutSeconds) implements PlanRequest {

    public static final String KIND = "scale-service";
    public static final int DEFAULT_UP_INTERVAL = 0;
    public static final int DEFAULT_DOWN_INTERVAL = 25;

    public ScaleServiceRequest {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("A scale needs the service's name (service: NAME)");
        }
        if (replicas == null) {
            throw new IllegalArgumentException("A scale needs the number of replicas to reach (replicas: N)");
        }
        if (replicas < 0 || replicas > 10_000) {
            throw new IllegalArgumentException("The replicas must be between 0 and 10000, not " + replicas);
        }
        step = step == null ? 1 : step;
        if (step < 1 || step > 10_000) {
            throw new IllegalArgumentException("The step must be between 1 and 10000 replicas, not " + step);
        }
        if (intervalSeconds != null && (intervalSeconds < 0 || intervalSeconds > 3600)) {
            throw new IllegalArgumentException("The interval must be between 0 and 3600 seconds, not " + intervalSeconds);
        }
        force = force != null && force;
        timeoutSeconds = timeoutSeconds == null ? 120 : timeoutSeconds;
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new IllegalArgumentException("The step timeout must be between 1 and 3600 seconds, not " + timeoutSeconds);
        }
    }

    public static ScaleServiceRequest of(String host, String service, int replicas) {
        return new ScaleServiceRequest(host, service, replicas, null, null, null, null);
    }

    /** The interval between steps for a change from {@code from}: the one given, else the default of its direction. */
    public int intervalFor(int from) {
        if (intervalSeconds != null) {
            return intervalSeconds;
        }
        return replicas < from ? DEFAULT_DOWN_INTERVAL : DEFAULT_UP_INTERVAL;
    }
}
