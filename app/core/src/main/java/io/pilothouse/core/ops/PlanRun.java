package io.pilothouse.core.ops;

import java.time.Instant;
import java.util.Optional;

/**
 * One plan run as the journal tells it: when it started, on which host, by whom, and how it ended
 * (empty while running or when its process died; see {@link PlanRecovery}).
 */
public record PlanRun(String planId, String kind, String title, String host, String user, Instant started,
                      Optional<Instant> finished, Optional<String> outcome, String summary) {
}
