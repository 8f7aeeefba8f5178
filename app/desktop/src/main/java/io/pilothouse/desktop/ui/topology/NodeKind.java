package io.pilothouse.desktop.ui.topology;

/** What a node of the topology stands for. */
public enum NodeKind {
    SERVICE, CONTAINER, NETWORK, VOLUME, PORT
}
