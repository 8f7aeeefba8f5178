package io.pilothouse.desktop.ui.workspace;

/** What a tool can be opened on: something on the host, or the Docker host itself (a host shell). */
public enum TargetKind {
    CONTAINER, SERVICE, STACK, HOST
}
