package io.pilothouse.core.ops;

/** Another mutating plan holds the host (in this process or another one); the message names it. */
public final class HostBusyException extends RuntimeException {

    public HostBusyException(String message) {
        super(message);
    }
}
