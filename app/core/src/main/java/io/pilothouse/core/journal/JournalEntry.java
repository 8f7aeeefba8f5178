package io.pilothouse.core.journal;

import io.pilothouse.core.host.HostProfile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One journal line: when, who (the OS user), which host and environment, what kind of event
 * ("host.added", "host.connected", "host.connect-failed", ...), a sentence, and details.
 */
public record JournalEntry(Instant time, String user, String host, String environment, String event,
                           String summary, Map<String, String> details) {

    public JournalEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(event, "event");
        user = user == null || user.isBlank() ? currentUser() : user;
        summary = summary == null ? "" : summary;
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An entry about {@code host}, now, by the current OS user. */
    public static JournalEntry now(HostProfile host, String event, String summary, Map<String, String> details) {
        return new JournalEntry(Instant.now(), currentUser(), host.name(), host.environment().name(), event,
                summary, details);
    }

    /** The OS user running this process. */
    public static String currentUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
