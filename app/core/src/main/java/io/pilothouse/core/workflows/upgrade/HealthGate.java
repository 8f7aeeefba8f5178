package io.pilothouse.core.workflows.upgrade;

import java.time.Duration;
import java.util.Objects;

/**
 * When a new container counts as up: healthy by its healthcheck within {@code timeout}; without a
 * healthcheck, still running after {@code settle} (not restarted), and, when {@code probePort} is
 * set, answering a TCP connect (or an HTTP GET of {@code httpPath}) from inside the container.
 */
public record HealthGate(Duration timeout, Duration settle, Integer probePort, String httpPath) {

    public HealthGate {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(settle, "settle");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The health timeout must be more than 0 s, not " + timeout.toSeconds() + " s");
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("The settle time cannot be negative");
        }
        if (probePort != null && (probePort < 1 || probePort > 65535)) {
            throw new IllegalArgumentException("The probe port must be between 1 and 65535, not " + probePort);
        }
    }

    public static HealthGate defaults() {
        return new HealthGate(Duration.ofSeconds(60), Duration.ofSeconds(3), null, null);
    }

    public HealthGate withTimeout(Duration t) {
        return new HealthGate(t, settle, probePort, httpPath);
    }

    public HealthGate withSettle(Duration s) {
        return new HealthGate(timeout, s, probePort, httpPath);
    }

    public HealthGate withProbe(Integer port, String path) {
        return new HealthGate(timeout, settle, port, path);
    }

    public String describe() {
        String probe = probePort == null ? "" : httpPath != null
                ? ", then HTTP GET :" + probePort + httpPath : ", then TCP :" + probePort;
        return "healthy (healthcheck, up to " + timeout.toSeconds() + " s) or running for " + settle.toSeconds() + " s" + probe;
    }
}
