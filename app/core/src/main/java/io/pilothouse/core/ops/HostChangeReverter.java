package io.pilothouse.core.ops;

/**
 * Takes back one {@link HostChange} on its host: starts a stopped container, unpauses, renames
 * back, removes what was created, reconnects, rolls back a service. Taking back something that is
 * already as it was (the container runs again) succeeds without doing anything.
 */
@FunctionalInterface
public interface HostChangeReverter {

    void takeBack(HostChange change) throws Exception;
}
