package io.pilothouse.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maintenance locks held in a container right now, as seen on the host: the lock holder process
 * found among the container's running execs, whoever started it (this app, the CLI, another machine).
 *
 * @param execId  the holder's exec on the engine
 * @param session the maintenance session it belongs to
 * @param who     who took the locks
 * @param since   when they were taken, when the holder says
 * @param paths   the locked paths
 * @param lease   how long the holder waits for a heartbeat before it lets go
 */
public record MaintenanceHold(String execId, String session, String who, Optional<Instant> since, List<String> paths,
                              Duration lease) {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public MaintenanceHold {
        execId = execId == null ? "" : execId;
        session = session == null ? "" : session;
        who = who == null || who.isBlank() ? "unknown" : who;
        since = Objects.requireNonNullElse(since, Optional.empty());
        paths = paths == null ? List.of() : List.copyOf(paths);
        lease = lease == null ? Duration.ZERO : lease;
    }

    /** "Under maintenance by alice since 2026-11-22 10:42:03 (/app/data/main.pid)". */
    public String sentence(ZoneId zone) {
        return "Under maintenance by " + who + " since "
                + since.map(s -> SINCE.withZone(zone).format(s)).orElse("an unknown time")
                + " (" + String.join(", ", paths) + ")";
    }
}
