package io.pilothouse.core.model;

/** A compose project (label com.docker.compose.project) or a swarm stack (com.docker.stack.namespace). */
public enum StackKind {
    COMPOSE, SWARM
}
