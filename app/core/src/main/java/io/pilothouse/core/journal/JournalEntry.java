package io.pilothouse.core.journal;

import java.time.Instant;
import java.util.Map;

/**
 * One journal line: when, who (the OS user), which host and environment, what kind of event
 * ("host.added", "host.connected", "host.connect-failed", ...), a sentence, and details.
 */
public record JournalEntry(Instant time, String user, String host, String environment, String event,
                           String summary, Map<String, String> details) {
}
