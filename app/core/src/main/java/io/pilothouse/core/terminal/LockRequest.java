package io.pilothouse.core.terminal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Paths to lock in one container, who asks (shown to others), and the lease: without a heartbeat
 * for that long, the holder lets go by itself.
 */
public record LockRequest(String container, List<String> paths, String who, Duration lease) {

    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    public LockRequest {
        Objects.requireNonNull(container, "container");
        paths = List.copyOf(new LinkedHashSet<>(paths));
        who = who == null || who.isBlank() ? "unknown" : who.strip().replaceAll("\\s+", "_");
        lease = lease == null ? DEFAULT_LEASE : lease;
    }

    /** The sentences saying what is wrong with the request itself, empty when it can be tried. */
    public List<String> problems() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (paths.isEmpty()) {
            out.add("Give at least one path to lock.");
        }
        if (paths.size() > LockHolderScript.MAX_PATHS) {
            out.add("At most " + LockHolderScript.MAX_PATHS + " paths can be locked in one session; "
                    + paths.size() + " were given.");
        }
        for (String p : paths) {
            if (!p.startsWith("/")) {
                out.add("The path '" + p + "' is not absolute: give it from / in the container.");
            } else if (p.contains("\n") || p.contains("\0")) {
                out.add("The path '" + p.replace("\n", "\\n") + "' contains a line break.");
            }
        }
        if (lease.toSeconds() < 2 || lease.toSeconds() > 3600) {
            out.add("The lease must be between 2 and 3600 seconds; " + lease.toSeconds() + " was given.");
        }
        return out;
    }

    /** Paths from the label {@code io.pilothouse.maintenance.locks} (comma separated). */
    public static List<String> pathsFromLabel(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static final String LABEL = "io.pilothouse.maintenance.locks";
}
