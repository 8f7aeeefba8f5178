package io.pilothouse.desktop.ui.topology;

/** What an edge of the topology says: a port published by a container, a task of a service, a network or volume in use. */
public enum EdgeKind {
    PUBLISHES, RUNS, ATTACHED, MOUNTS
}
