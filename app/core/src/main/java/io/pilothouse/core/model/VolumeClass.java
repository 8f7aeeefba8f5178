package io.pilothouse.core.model;

/**
 * Whether a volume's data matters to a backup: STATEFUL (keep it), REGENERABLE (can be rebuilt,
 * such as a search index: back up only on request), SKIP (never back up).
 */
public enum VolumeClass {
    STATEFUL, REGENERABLE, SKIP
}
