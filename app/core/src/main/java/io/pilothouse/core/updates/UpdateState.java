package io.pilothouse.core.updates;

/** What a check found for one container or service. */
public enum UpdateState {
    /** The registry's digest for the tag is another image than the one that runs. */
    UPDATE_AVAILABLE,
    /** The registry's digest for the tag is the one that runs. */
    CURRENT,
    /** The image has no registry digest here: built on this host, loaded, or run by id; nothing to compare. */
    NOT_FROM_REGISTRY,
    /** The registry was asked and could not tell (unreachable, refused the login, no such tag, timed out). */
    COULD_NOT_CHECK
}
