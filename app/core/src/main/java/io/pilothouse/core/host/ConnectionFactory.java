package io.pilothouse.core.host;

import io.pilothouse.core.config.AppDirectories;

/**
 * Opens a {@link HostSession} for a profile over its transport (unix socket, TLS or SSH), checks
 * that a Docker engine answers with a supported API, and turns every failure into a
 * {@link ConnectionFailure} with its own sentence. Blocking: never call it on the UI thread.
 */
public final class ConnectionFactory {

    private final AppDirectories dirs;

    public ConnectionFactory(AppDirectories dirs) {
        this.dirs = dirs;
    }

    public HostSession connect(HostProfile profile, ConnectOptions options) {
        throw new UnsupportedOperationException("not yet");
    }
}
