package io.pilothouse.core.model;

/** A swarm service runs a set number of replicas, or one task on every eligible node. */
public enum ServiceMode {
    REPLICATED, GLOBAL
}
