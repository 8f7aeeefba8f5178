package io.pilothouse.core.host;

/**
 * The SSH server offered a key that is not in known_hosts. The user may accept it after comparing
 * the SHA256 fingerprint; it is then remembered.
 */
public class UnknownHostKeyFailure extends ConnectionFailure {

    private final HostKey hostKey;

    public UnknownHostKeyFailure(HostKey hostKey, String message, Throwable cause) {
        super(Kind.SSH_UNKNOWN_HOST_KEY, message, cause);
        this.hostKey = hostKey;
    }

    public HostKey hostKey() {
        return hostKey;
    }
}
