package io.pilothouse.core.model;

/** Where a volume's {@link VolumeClass} came from. */
public enum ClassificationSource {
    /** Nothing said otherwise: persistent data is stateful, tmpfs is skipped. */
    DEFAULT,
    /** The label {@code io.pilothouse.backup} on the volume (or on the container that mounts it). */
    LABEL,
    /** A choice the user saved. */
    USER_CHOICE
}
