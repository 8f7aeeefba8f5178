package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.JSchAlgoNegoFailException;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.UnknownHostKeyFailure;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Turns what JSch and sshd report into the sentence a person reads, with its {@link Kind}. */
final class SshFailureTranslator {

    /** SSH_MSG_CHANNEL_OPEN_FAILURE reason codes (RFC 4254, 5.1). */
    static final int OPEN_ADMINISTRATIVELY_PROHIBITED = 1;
    static final int OPEN_CONNECT_FAILED = 2;
    static final int OPEN_UNKNOWN_CHANNEL_TYPE = 3;
    static final int OPEN_RESOURCE_SHORTAGE = 4;

    private SshFailureTranslator() {
    }

    /** A failure of {@code Session.connect()} other than a host key problem. */
    static ConnectionFailure sessionFailure(Exception e, SshTarget target, Duration connectTimeout,
                                            List<String> triedKeys, List<String> lockedKeys) {
        if (e instanceof ConnectionFailure failure) {
            return failure;
        }
        Throwable cause = rootOf(e);
        String address = target.address();
        if (cause instanceof UnknownHostException) {
            return new ConnectionFailure(Kind.NAME_UNRESOLVED,
                    "The host name '" + target.hostName() + "' cannot be resolved, so " + address
                            + " cannot be reached over SSH. Check the spelling, or add the host to your DNS or hosts file.", e);
        }
        if (cause instanceof NoRouteToHostException) {
            return new ConnectionFailure(Kind.CONNECTION_REFUSED,
                    "There is no network route to " + address + ". Check the address and your network.", e);
        }
        if (cause instanceof ConnectException) {
            return new ConnectionFailure(Kind.CONNECTION_REFUSED,
                    "Nothing accepts SSH connections at " + address + " (connection refused). Check the host and port, "
                            + "and that sshd is running there.", e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException
                || message.startsWith("timeout")) {
            return new ConnectionFailure(Kind.TIMEOUT,
                    "No SSH answer from " + address + " within " + seconds(connectTimeout)
                            + ". Check that the host is up, the port is right and no firewall drops the connection.", e);
        }
        if (e instanceof JSchAlgoNegoFailException) {
            return new ConnectionFailure(Kind.OTHER,
                    "The SSH server at " + address + " and Pilothouse share no common algorithm: " + message, e);
        }
        if (message.startsWith("Auth cancel")) {
            return new ConnectionFailure(Kind.SSH_PASSPHRASE_REQUIRED,
                    "Logging in to " + target.describe() + " was cancelled: no passphrase was given.", e);
        }
        if (message.startsWith("Auth fail") || message.contains("USERAUTH fail")) {
            return authFailed(target, triedKeys, lockedKeys, e);
        }
        if (message.contains("connection is closed by foreign host") || message.contains("Connection reset")) {
            return new ConnectionFailure(Kind.OTHER,
                    "The server at " + address + " closed the connection during the SSH handshake. "
                            + "Check that it is an SSH server and that it allows user " + target.user() + ".", e);
        }
        return new ConnectionFailure(Kind.OTHER,
                "The SSH connection to " + target.describe() + " failed: " + message, e);
    }

    static ConnectionFailure authFailed(SshTarget target, List<String> triedKeys, List<String> lockedKeys, Throwable cause) {
        StringBuilder sentence = new StringBuilder("The SSH server at ").append(target.address())
                .append(" refused the login of user ").append(target.user());
        if (triedKeys.isEmpty()) {
            sentence.append(": no key was offered.");
        } else {
            sentence.append(" with the key").append(triedKeys.size() > 1 ? "s " : " ")
                    .append(String.join(", ", triedKeys)).append('.');
        }
        if (!lockedKeys.isEmpty()) {
            return new ConnectionFailure(Kind.SSH_PASSPHRASE_REQUIRED, sentence
                    + " The key" + (lockedKeys.size() > 1 ? "s " : " ") + String.join(", ", lockedKeys)
                    + " could not be tried because no passphrase was given.", cause);
        }
        sentence.append(" Add the public key to ~").append(target.user())
                .append("/.ssh/authorized_keys on the server, or choose another key or user.");
        return new ConnectionFailure(Kind.SSH_AUTH_FAILED, sentence.toString(), cause);
    }

    static UnknownHostKeyFailure unknownHostKey(HostKey key, Path knownHosts, Throwable cause) {
        return new UnknownHostKeyFailure(key,
                "The SSH host " + key.knownHostsName() + " is not known yet and its key was not accepted. It presents an "
                        + key.type() + " key with the fingerprint " + key.sha256Fingerprint()
                        + "; compare it with the server's (ssh-keygen -lf on its host key) before trusting it. "
                        + "Once accepted it is remembered in " + knownHosts + ".", cause);
    }

    static ConnectionFailure hostKeyChanged(HostKey key, Path knownHosts, Throwable cause) {
        return new ConnectionFailure(Kind.SSH_HOST_KEY_CHANGED,
                "WARNING: the SSH host key of " + key.knownHostsName() + " has changed. Someone may be intercepting "
                        + "the connection (man-in-the-middle attack), or the server was reinstalled. It now presents an "
                        + key.type() + " key with the fingerprint " + key.sha256Fingerprint() + ". If you know why it "
                        + "changed, remove the old entry from " + knownHosts + " (ssh-keygen -R '" + key.knownHostsName()
                        + "' -f " + knownHosts + ") and connect again.", cause);
    }

    /** The server refused to open the direct-streamlocal channel with {@code reasonCode}; no diagnosis was possible. */
    static ConnectionFailure channelRefused(int reasonCode, SshTarget target, Duration connectTimeout, Throwable cause) {
        String socket = target.remoteSocket();
        return switch (reasonCode) {
            case OPEN_ADMINISTRATIVELY_PROHIBITED, OPEN_UNKNOWN_CHANNEL_TYPE -> forwardingRefused(target, cause);
            case OPEN_CONNECT_FAILED -> new ConnectionFailure(Kind.SSH_FORWARDING_REFUSED,
                    "The SSH server at " + target.address() + " did not open the Docker socket " + socket
                            + " for user " + target.user() + ". Either sshd does not allow forwarding to it (in its "
                            + "sshd_config set 'AllowStreamLocalForwarding local' and 'AllowTcpForwarding local', remove "
                            + "'PermitOpen none' and 'DisableForwarding yes'), or the socket is missing, the Docker engine "
                            + "is not running, or the user may not open it (add the user to the docker group).", cause);
            case OPEN_RESOURCE_SHORTAGE -> new ConnectionFailure(Kind.OTHER,
                    "The SSH server at " + target.address() + " refused another channel (resource shortage); "
                            + "too many connections are open.", cause);
            case -1 -> new ConnectionFailure(Kind.TIMEOUT,
                    "The SSH server at " + target.address() + " did not open a channel to " + socket + " within "
                            + seconds(connectTimeout) + ".", cause);
            default -> new ConnectionFailure(Kind.OTHER,
                    "The SSH server at " + target.address() + " refused a channel to " + socket
                            + " (reason " + reasonCode + ").", cause);
        };
    }

    static ConnectionFailure forwardingRefused(SshTarget target, Throwable cause) {
        return new ConnectionFailure(Kind.SSH_FORWARDING_REFUSED,
                "The SSH server at " + target.address() + " does not allow forwarding to the Docker socket "
                        + target.remoteSocket() + ". In its sshd_config set 'AllowStreamLocalForwarding local' (or yes) "
                        + "and 'AllowTcpForwarding local' (or yes), remove 'PermitOpen none' and 'DisableForwarding yes', "
                        + "then reload sshd.", cause);
    }

    static ConnectionFailure remoteSocketMissing(SshTarget target, Throwable cause) {
        return new ConnectionFailure(Kind.REMOTE_SOCKET_MISSING,
                "There is no Docker socket at " + target.remoteSocket() + " on " + target.address()
                        + ". Check that the Docker engine runs there and the socket path in the host's settings.", cause);
    }

    static ConnectionFailure remoteSocketNotListening(SshTarget target, Throwable cause) {
        return new ConnectionFailure(Kind.REMOTE_SOCKET_MISSING,
                "The Docker socket " + target.remoteSocket() + " on " + target.address()
                        + " exists but nothing answers on it: is the Docker engine running?", cause);
    }

    static ConnectionFailure remoteSocketPermissionDenied(SshTarget target, Throwable cause) {
        return new ConnectionFailure(Kind.REMOTE_SOCKET_PERMISSION_DENIED,
                "User " + target.user() + " may not open the Docker socket " + target.remoteSocket() + " on "
                        + target.address() + ". Add the user to the docker group on that host "
                        + "(sudo usermod -aG docker " + target.user() + ") and connect again.", cause);
    }

    static ConnectionFailure disconnected(String description, Throwable cause) {
        return new ConnectionFailure(Kind.DISCONNECTED,
                "The SSH connection to " + description + " was lost.", cause);
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) {
            long s = millis / 1000;
            return s + (s == 1 ? " second" : " seconds");
        }
        return millis + " ms";
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
