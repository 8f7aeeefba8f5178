package io.pilothouse.desktop.ui.workspace;

/** What a tool can be opened on: something on the host (a container, service, stack or volume), or the Docker host itself (a host shell). */
public enum TargetKind {
    CONTAINER, SERVICE, STACK, VOLUME, HOST
}
