package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.nio.file.Path;
import java.util.List;

/**
 * Host profiles as JSON in one file with a schema version, written atomically (temp file, fsync,
 * rename). A file that cannot be read is moved aside under a new name and reported, never
 * silently replaced. No secret is ever written.
 */
public final class ProfileStore {

    public static final int SCHEMA_VERSION = 1;

    public ProfileStore(Path file) {
    }

    public ProfileLoad load() {
        throw new UnsupportedOperationException("not yet");
    }

    public void save(List<HostProfile> profiles) {
        throw new UnsupportedOperationException("not yet");
    }
}
