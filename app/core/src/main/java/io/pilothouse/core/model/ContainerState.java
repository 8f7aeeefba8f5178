package io.pilothouse.core.model;

import java.util.Locale;

/** The engine's state of a container ("running", "exited", ...). */
public enum ContainerState {
    RUNNING, PAUSED, RESTARTING, EXITED, CREATED, DEAD, REMOVING;

    /** Maps the engine's word; an unknown or missing word reads as {@link #DEAD}, never fails. */
    public static ContainerState fromEngine(String state) {
        if (state == null || state.isBlank()) {
            return DEAD;
        }
        try {
            return valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DEAD;
        }
    }

    /** Running, paused or restarting: the container has a process (or is about to). */
    public boolean isUp() {
        return this == RUNNING || this == PAUSED || this == RESTARTING;
    }
}
