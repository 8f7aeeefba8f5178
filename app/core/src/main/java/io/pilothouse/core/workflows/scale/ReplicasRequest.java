package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.PlanRequest;

/**
 * Run a standalone container (no swarm) as {@code replicas} copies behind an nginx proxy: the
 * original plus {@code NAME-2}, {@code NAME-3}, … with its configuration and networks; the proxy
 * gets an upstream of them, sticky by client address.
 *
 * @param container    the original container's name
 * @param replicas     how many containers in all, the original counted (at least 1)
 * @param proxy        the nginx container that serves them
 * @param port         the port the replicas listen on; null: the container's first exposed TCP port, else 80
 * @param listenPort   the port the proxy serves them on (default 8080)
 * @param drainSeconds how long a replica taken out of the proxy keeps running before it stops (default 10)
 */
public record ReplicasRequest(String host, String container, Integer replicas, String proxy, Integer port,
                              Integer listenPort, Integer drainSeconds) implements PlanRequest {

    public static final String KIND = "scale-replicas";

    public ReplicasRequest {
        if (container == null || container.isBlank()) {
            throw new IllegalArgumentException("Replicas need the container to copy (container: NAME)");
        }
        if (replicas == null || replicas < 1 || replicas > 100) {
            throw new IllegalArgumentException("The replicas must be between 1 and 100 (the original counts), not " + replicas);
        }
        if (proxy == null || proxy.isBlank()) {
            throw new IllegalArgumentException("Replicas need the nginx proxy container that serves them (proxy: NAME)");
        }
        if (proxy.equals(container)) {
            throw new IllegalArgumentException("The proxy cannot be the container it serves (" + proxy + ")");
        }
        checkPort("port", port);
        listenPort = listenPort == null ? 8080 : listenPort;
        checkPort("proxy's listen port", listenPort);
        drainSeconds = drainSeconds == null ? 10 : drainSeconds;
        if (drainSeconds < 0 || drainSeconds > 3600) {
            throw new IllegalArgumentException("The drain time must be between 0 and 3600 seconds, not " + drainSeconds);
        }
    }

    private static void checkPort(String what, Integer p) {
        if (p != null && (p < 1 || p > 65535)) {
            throw new IllegalArgumentException("The " + what + " must be between 1 and 65535, not " + p);
        }
    }

    public static ReplicasRequest of(String host, String container, int replicas, String proxy) {
        return new ReplicasRequest(host, container, replicas, proxy, null, null, null);
    }
}
