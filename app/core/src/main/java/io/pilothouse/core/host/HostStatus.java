package io.pilothouse.core.host;

import java.time.Instant;
import java.util.Optional;

/**
 * The connection state of one host as the UI shows it. {@code failure} is set when DISCONNECTED
 * or FAILED; {@code nextAttempt} when a reconnect is scheduled; {@code info} when CONNECTED.
 */
public record HostStatus(State state, Optional<EngineInfo> info, Optional<ConnectionFailure> failure,
                         Optional<Instant> nextAttempt) {

    public enum State {
        /** Not asked to connect. */
        IDLE,
        CONNECTING,
        CONNECTED,
        /** Was reachable or may become so: retried with backoff. */
        DISCONNECTED,
        /** Needs the user (untrusted, authentication, unknown host key): not retried by itself. */
        FAILED
    }

    public static HostStatus idle() {
        return new HostStatus(State.IDLE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static HostStatus connecting() {
        return new HostStatus(State.CONNECTING, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
