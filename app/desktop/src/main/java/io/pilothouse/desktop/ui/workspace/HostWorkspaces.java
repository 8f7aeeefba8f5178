package io.pilothouse.desktop.ui.workspace;

import io.pilothouse.core.host.HostProfile;

import java.util.Optional;

/**
 * Opens the views of a host while it is connected. Called on the JavaFX thread; returns at once
 * (the views load their data in the background).
 */
public interface HostWorkspaces {

    /** The workspace of the host as it is connected now, the same one while the session lasts; empty when not connected. */
    Optional<HostWorkspace> open(HostProfile host);

    /** Forgets the host's workspace (removed or disconnected). */
    void close(String hostId);

    /** Nothing is ever connected: for tests of the host list alone. */
    HostWorkspaces NONE = new HostWorkspaces() {
        @Override
        public Optional<HostWorkspace> open(HostProfile host) {
            return Optional.empty();
        }

        @Override
        public void close(String hostId) {
        }
    };
}
