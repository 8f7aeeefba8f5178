package io.pilothouse.core.logs;

/** What a log source reads: one container's log, or a swarm service's (all its tasks). */
public enum LogSourceKind {
    CONTAINER, SERVICE
}
