package io.pilothouse.core.terminal;

import java.time.Instant;
import java.util.List;

/** A container under maintenance from this app: which host and container, who, since when, which paths. */
public record ActiveMaintenance(String sessionId, String hostId, String container, String who, Instant since,
                                List<String> paths) {

    public ActiveMaintenance {
        paths = List.copyOf(paths);
    }

    /** True when this is about the container known by {@code idOrName} (id, short id or name). */
    public boolean concerns(String hostId, String id, String name) {
        if (!this.hostId.equals(hostId)) {
            return false;
        }
        String c = container.startsWith("/") ? container.substring(1) : container;
        return c.equals(name) || (id != null && !c.isEmpty() && id.startsWith(c));
    }

    /** "under maintenance by alice since 10:42 (2 locks)". */
    public String sentence() {
        return "under maintenance by " + who + " since "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault())
                .format(since)
                + " (" + String.join(", ", paths) + ")";
    }
}
