package io.pilothouse.desktop.ui.workspace;

/** What a tool can be opened on. */
public enum TargetKind {
    CONTAINER, SERVICE, STACK, VOLUME
}
