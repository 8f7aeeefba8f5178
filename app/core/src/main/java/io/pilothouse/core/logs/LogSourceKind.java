package io.pilothouse.core.logs;

/**
 * What a log source reads: one container's log, or a swarm service's (all its tasks). A task of a
 * service is a source of its own in a view (its lines tagged apart), read through its service.
 */
public enum LogSourceKind {
    CONTAINER, SERVICE, TASK
}
