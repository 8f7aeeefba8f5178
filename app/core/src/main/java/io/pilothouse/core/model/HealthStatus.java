package io.pilothouse.core.model;

import java.util.Locale;

/** The result of a container's healthcheck; {@link #NONE} when it has none. */
public enum HealthStatus {
    NONE, STARTING, HEALTHY, UNHEALTHY;

    public static HealthStatus fromEngine(String status) {
        if (status == null || status.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }
}
