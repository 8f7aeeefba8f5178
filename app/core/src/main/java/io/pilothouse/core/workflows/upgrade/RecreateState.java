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
    /** The old container's inspect, read again by the stop step; its image's config (an image id never changes). */
    com.fasterxml.jackson.databind.JsonNode oldInspect;
    com.fasterxml.jackson.databind.JsonNode oldImageConfig;
    /** What the journal records once the old container is removed. */
    FinishedUpgrade finished;
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
