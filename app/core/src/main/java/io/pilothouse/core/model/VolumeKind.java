package io.pilothouse.core.model;

/**
 * What a mount is: a named volume, a bind mount of a host path, an anonymous volume (created by
 * the engine without a name: its name is a 64-hex id), or a tmpfs in memory.
 */
public enum VolumeKind {
    NAMED, BIND, ANONYMOUS, TMPFS;

    /** Whether the data outlives the container on the host (tmpfs does not). */
    public boolean persists() {
        return this != TMPFS;
    }
}
