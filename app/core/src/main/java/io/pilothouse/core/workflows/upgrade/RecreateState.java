package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.HostChange;

/** What the steps of one recreate hand on to each other: ids, names, and the changes still to take back. */
final class RecreateState {
    final String container;
    final String image;
    String oldId;
    String name;
    String asideName;
    boolean wasRunning;
    String oldImageId;
    String newId;
    CreateRequest request;
    HostChange stopped;
    HostChange renamed;
    HostChange created;

    RecreateState(String container, String image) {
        this.container = container;
        this.image = image;
    }
}
