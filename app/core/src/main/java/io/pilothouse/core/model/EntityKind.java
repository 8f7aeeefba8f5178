package io.pilothouse.core.model;

/** The kinds of things an {@link InventoryChange} reports, each keyed by its id (volumes by key, stacks by key). */
public enum EntityKind {
    CONTAINER, SERVICE, TASK, NODE, NETWORK, VOLUME, IMAGE, STACK
}
