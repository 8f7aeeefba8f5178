package io.pilothouse.core.terminal;

import io.pilothouse.core.journal.JournalEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A maintenance session the journal saw start and never end: its app was killed or lost power. */
public record UnendedMaintenance(JournalEntry started) {

    public String host() {
        return started.host();
    }

    public String session() {
        return started.details().getOrDefault("session", "");
    }

    public String container() {
        return started.details().getOrDefault("container", "");
    }

    public String who() {
        return started.details().getOrDefault("who", "unknown");
    }

    public List<String> paths() {
        return LockRequest.pathsFromLabel(started.details().getOrDefault("paths", ""));
    }

    public Duration lease() {
        try {
            return Duration.ofSeconds(Long.parseLong(started.details().getOrDefault("lease", "")));
        } catch (NumberFormatException e) {
            return LockRequest.DEFAULT_LEASE;
        }
    }

    public Instant since() {
        return started.time();
    }
}
