package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;

import java.util.List;
import java.util.Optional;

/**
 * The saved hosts, shared by the desktop app and the CLI: list, add, update, remove, duplicate.
 * Names are unique (case-insensitive). Every change is saved at once and journaled.
 * Thread-safe.
 */
public final class HostCatalog {

    public HostCatalog(ProfileStore store, Journal journal) {
    }

    /** Loads the store; the returned load says whether the file had a problem. */
    public ProfileLoad reload() {
        throw new UnsupportedOperationException("not yet");
    }

    public List<HostProfile> list() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<HostProfile> find(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @throws IllegalArgumentException with the sentence to show, when the name is taken */
    public HostProfile add(HostProfile profile) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces the profile with the same id. */
    public HostProfile update(HostProfile profile) {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean remove(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A copy under a new name ("name-copy", "name-copy-2", ... when newName is null). */
    public HostProfile duplicate(String name, String newName) {
        throw new UnsupportedOperationException("not yet");
    }

    public void addListener(Runnable onChange) {
        throw new UnsupportedOperationException("not yet");
    }
}
