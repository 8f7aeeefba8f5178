package io.pilothouse.core.host;

import java.util.Objects;

/**
 * Why a host could not be reached, trusted or authenticated. The message is the sentence a person
 * reads: it names the host and says what to check. {@link Kind} tells the cases apart for code.
 */
public class ConnectionFailure extends RuntimeException {

    public enum Kind {
        NAME_UNRESOLVED,
        CONNECTION_REFUSED,
        TIMEOUT,
        SOCKET_MISSING,
        SOCKET_PERMISSION_DENIED,
        TLS_UNTRUSTED_CA,
        TLS_CLIENT_CERT_MISSING,
        TLS_CLIENT_CERT_REJECTED,
        TLS_HOSTNAME_MISMATCH,
        TLS_FILES_INVALID,
        TLS_NOT_TLS,
        SSH_AUTH_FAILED,
        SSH_PASSPHRASE_REQUIRED,
        SSH_WRONG_PASSPHRASE,
        SSH_KEY_INVALID,
        SSH_UNKNOWN_HOST_KEY,
        SSH_HOST_KEY_CHANGED,
        SSH_FORWARDING_REFUSED,
        REMOTE_SOCKET_MISSING,
        REMOTE_SOCKET_PERMISSION_DENIED,
        API_TOO_OLD,
        NOT_DOCKER,
        DISCONNECTED,
        OTHER
    }

    private final Kind kind;

    public ConnectionFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public ConnectionFailure(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
