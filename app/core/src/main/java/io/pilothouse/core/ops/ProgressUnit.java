package io.pilothouse.core.ops;

/** What a step's progress counts. */
public enum ProgressUnit {
    BYTES, ITEMS
}
