package io.pilothouse.core.host;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps one host connected: connects off the caller's thread, watches the session, and when the
 * engine goes away shows the host as disconnected and reconnects with backoff (1 s doubling to
 * 30 s). Failures that need the user (trust, authentication) are not retried by themselves.
 * Listeners are called on a background thread.
 */
public final class HostConnection implements AutoCloseable {

    public HostConnection(HostProfile profile, ConnectionFactory factory, ConnectOptions options) {
    }

    public HostProfile profile() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts connecting (returns at once). */
    public void connect() {
        throw new UnsupportedOperationException("not yet");
    }

    public void disconnect() {
        throw new UnsupportedOperationException("not yet");
    }

    public HostStatus status() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<HostSession> session() {
        throw new UnsupportedOperationException("not yet");
    }

    public void addListener(Consumer<HostStatus> listener) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
