package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.host.ServerCertificateVerifier.ServerNameMismatch;
import io.pilothouse.core.host.ServerCertificateVerifier.UntrustedServerCertificate;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where what went wrong on the way to an engine becomes a {@link ConnectionFailure}:
 * a kind for code and a sentence for people that names the host and says what to check. It unwraps
 * the RuntimeException, UncheckedIOException and ProcessingException layers docker-java and the
 * HTTP client put around the exception that tells the story.
 */
public final class ConnectionFailureTranslator {

    /** The oldest engine API Pilothouse works with (Docker 19.03). */
    public static final String MIN_API_VERSION = "1.40";

    private static final Pattern ALERT = Pattern.compile("Received fatal alert: ([a-z_]+)");
    private static final Set<String> CLIENT_CERT_ALERTS = Set.of("bad_certificate", "certificate_required",
            "unknown_ca", "certificate_unknown", "unsupported_certificate", "certificate_revoked",
            "certificate_expired", "access_denied");

    private ConnectionFailureTranslator() {
    }

    /** Classifies {@code error}, raised while connecting to or talking with {@code profile}'s engine. */
    public static ConnectionFailure translate(HostProfile profile, Throwable error) {
        return translate(profile, error, null);
    }

    /** As {@link #translate(HostProfile, Throwable)}; {@code timeout} (may be null) is named in a timeout's sentence. */
    public static ConnectionFailure translate(HostProfile profile, Throwable error, Duration timeout) {
        List<Throwable> chain = chainOf(error);
        for (Throwable t : chain) {
            if (t instanceof ConnectionFailure cf) {
                return cf;
            }
        }
        TransportConfig transport = profile.transport();
        String host = describe(profile);

        // TLS: the verifier's own verdicts first, then what the JDK and the HTTP client say
        for (Throwable t : chain) {
            if (t instanceof ServerNameMismatch m) {
                return hostnameMismatch(profile, m.host(), String.join(", ", m.validFor()), error);
            }
            if (t instanceof UntrustedServerCertificate u) {
                return untrustedCa(profile, u.issuer(), error);
            }
        }
        for (Throwable t : chain) {
            String msg = messageOf(t);
            if (t instanceof SSLPeerUnverifiedException && msg.contains("doesn't match")) {
                String name = transport.displayHost();
                int i = msg.indexOf("names: ");
                return hostnameMismatch(profile, name, i >= 0 ? msg.substring(i + 7) : "other names", error);
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || t.getClass().getName().equals("sun.security.validator.ValidatorException")) {
                return untrustedCa(profile, null, error);
            }
        }
        for (Throwable t : chain) {
            String msg = messageOf(t);
            if (t instanceof SSLException && (msg.contains("Unsupported or unrecognized SSL message")
                    || msg.contains("plaintext connection"))) {
                return new ConnectionFailure(Kind.TLS_NOT_TLS, transport.url() + " of host " + profile.name()
                        + " answers without TLS (a plain HTTP port?): check the port, and that the engine listens there "
                        + "with --tlsverify (Docker's TLS port is usually 2376, its plain port 2375).", error);
            }
            Matcher alert = ALERT.matcher(msg);
            if (t instanceof SSLException && alert.find() && CLIENT_CERT_ALERTS.contains(alert.group(1))) {
                return clientCertRejected(profile, alert.group(1), error);
            }
        }

        for (Throwable t : chain) {
            if (t instanceof UnknownHostException) {
                return new ConnectionFailure(Kind.NAME_UNRESOLVED, "The name '" + transport.displayHost()
                        + "' of host " + profile.name() + " does not resolve to an address: check the spelling, "
                        + "your DNS server or /etc/hosts.", error);
            }
        }
        for (Throwable t : chain) {
            String msg = messageOf(t).toLowerCase(Locale.ROOT);
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t instanceof InterruptedIOException
                    || (t instanceof ConnectException && msg.contains("timed out"))) {
                return timeout(profile, timeout, error);
            }
        }
        boolean unix = transport instanceof UnixSocketTransport;
        for (Throwable t : chain) {
            String msg = messageOf(t);
            if (unix && (t instanceof NoSuchFileException || msg.contains("No such file or directory")
                    || msg.startsWith("[2]"))) {
                return socketMissing(profile, error);
            }
            if (unix && (t instanceof AccessDeniedException || msg.contains("Permission denied")
                    || msg.startsWith("[13]"))) {
                return socketPermissionDenied(profile, error);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || msg.contains("Connection refused") || msg.startsWith("[111]")) {
                return refused(profile, error);
            }
        }
        if (transport instanceof TlsTransport) {
            for (Throwable t : chain) {
                if (t instanceof SSLHandshakeException && (t.getCause() instanceof EOFException
                        || t.getCause() instanceof SocketException
                        || messageOf(t).contains("Remote host terminated the handshake"))) {
                    return clientCertRejected(profile, null, error);
                }
            }
        }
        for (Throwable t : chain) {
            if (t instanceof NoHttpResponseException || t instanceof ConnectionClosedException
                    || t instanceof EOFException || t instanceof SocketException) {
                return disconnected(profile, rootMessage(error), error);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof ProtocolException || t instanceof org.apache.hc.core5.http.ParseException
                    || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return notDocker(profile, "it does not speak the engine's HTTP API: " + messageOf(t), error);
            }
        }
        return new ConnectionFailure(Kind.OTHER, "Could not talk to host " + host + ": " + rootMessage(error),
                error);
    }

    // ---- sentences for failures found by our own checks ------------------------------------------------

    static ConnectionFailure tlsFile(HostProfile profile, Kind kind, Path file, String role, String problem) {
        return new ConnectionFailure(kind, "The " + role + " " + file + " of host " + profile.name() + " " + problem
                + ": check the host's TLS settings (a certificate folder holds ca.pem, cert.pem and key.pem, "
                + "as in DOCKER_CERT_PATH).");
    }

    static ConnectionFailure socketMissing(HostProfile profile, Throwable cause) {
        return new ConnectionFailure(Kind.SOCKET_MISSING, "The socket " + socketPath(profile) + " of host "
                + profile.name() + " does not exist: check that the Docker engine is installed and running "
                + "(systemctl start docker), and the socket path.", cause);
    }

    static ConnectionFailure socketPermissionDenied(HostProfile profile, Throwable cause) {
        return new ConnectionFailure(Kind.SOCKET_PERMISSION_DENIED, "This user may not open the socket "
                + socketPath(profile) + " of host " + profile.name() + ": add the user to the 'docker' group "
                + "(sudo usermod -aG docker $USER, then log in again) or use a rootless engine.", cause);
    }

    static ConnectionFailure apiTooOld(HostProfile profile, String apiVersion, String engineVersion) {
        return new ConnectionFailure(Kind.API_TOO_OLD, "The Docker engine "
                + (engineVersion == null || engineVersion.isBlank() ? "" : engineVersion + " ")
                + "of host " + describe(profile) + " speaks API " + apiVersion + "; Pilothouse needs " + MIN_API_VERSION
                + " (Docker 19.03) or newer: upgrade the engine.");
    }

    static ConnectionFailure notDocker(HostProfile profile, String detail, Throwable cause) {
        return new ConnectionFailure(Kind.NOT_DOCKER, profile.transport().url() + " of host " + profile.name()
                + " answers, but not as a Docker engine (" + detail + "): check the address and port.", cause);
    }

    static ConnectionFailure timeout(HostProfile profile, Duration timeout, Throwable cause) {
        String limit = timeout == null ? "in time" : "within " + seconds(timeout);
        String check = profile.transport() instanceof UnixSocketTransport
                ? "check that the Docker engine is not hung or overloaded (systemctl status docker)."
                : "check that the address and port are right, that the engine is not overloaded, "
                        + "and that no firewall silently drops the traffic.";
        return new ConnectionFailure(Kind.TIMEOUT, "Host " + describe(profile) + " did not answer " + limit
                + ": " + check, cause);
    }

    /** The engine of a connected session stopped answering; {@code cause} says how. */
    public static ConnectionFailure disconnected(HostProfile profile, ConnectionFailure cause) {
        return new ConnectionFailure(Kind.DISCONNECTED, "Lost the connection to host " + describe(profile) + ": "
                + cause.getMessage(), cause);
    }

    private static ConnectionFailure disconnected(HostProfile profile, String detail, Throwable cause) {
        return new ConnectionFailure(Kind.DISCONNECTED, "The connection to host " + describe(profile)
                + " was closed by the other side (" + detail + "): check that the engine is running and that "
                + "nothing between here and there cuts connections.", cause);
    }

    private static ConnectionFailure refused(HostProfile profile, Throwable cause) {
        TransportConfig transport = profile.transport();
        if (transport instanceof UnixSocketTransport) {
            return new ConnectionFailure(Kind.CONNECTION_REFUSED, "The socket " + socketPath(profile) + " of host "
                    + profile.name() + " exists but no engine listens on it: check that the Docker service is "
                    + "running (systemctl status docker).", cause);
        }
        String address = transport instanceof TlsTransport t ? t.host() + ":" + t.port() : transport.url();
        return new ConnectionFailure(Kind.CONNECTION_REFUSED, "Nothing accepts connections at " + address
                + " for host " + profile.name() + ": check that the Docker engine runs and listens on that "
                + "address and port (dockerd --tlsverify -H tcp://0.0.0.0:2376), and that no firewall rejects it.",
                cause);
    }

    private static ConnectionFailure untrustedCa(HostProfile profile, String issuer, Throwable cause) {
        String ca = profile.transport() instanceof TlsTransport t ? t.caPath().toString() : "the profile's CA file";
        return new ConnectionFailure(Kind.TLS_UNTRUSTED_CA, "The certificate of host " + describe(profile)
                + " is not signed by the CA in " + ca
                + (issuer == null ? "" : " (it was issued by " + issuer + ")")
                + ": check that this CA file is the one that signed the engine's certificate (dockerd --tlscert).",
                cause);
    }

    private static ConnectionFailure hostnameMismatch(HostProfile profile, String name, String validFor,
                                                      Throwable cause) {
        return new ConnectionFailure(Kind.TLS_HOSTNAME_MISMATCH, "The certificate of host " + profile.name()
                + " is valid for " + validFor + ", not for '" + name + "': connect with one of those names, "
                + "or have the engine's certificate reissued to include '" + name + "'.", cause);
    }

    static ConnectionFailure clientCertRejected(HostProfile profile, String alert, Throwable cause) {
        String cert = profile.transport() instanceof TlsTransport t ? t.certPath().toString() : "the client certificate";
        String said = alert == null ? "it closed the connection during or right after the TLS handshake"
                : "it answered " + alert;
        String what = "certificate_required".equals(alert)
                ? "Host " + describe(profile) + " requires a client certificate and none was presented (" + said + ")"
                : "Host " + describe(profile) + " refused the client certificate " + cert + " (" + said + ")";
        return new ConnectionFailure(Kind.TLS_CLIENT_CERT_REJECTED, what
                + ": check that the client certificate is signed by the CA the engine trusts (dockerd --tlscacert), "
                + "is meant for client authentication and has not expired.", cause);
    }

    // ---- plumbing -----------------------------------------------------------------------------------

    static String describe(HostProfile profile) {
        return profile.name() + " (" + profile.transport().url() + ")";
    }

    private static String socketPath(HostProfile profile) {
        return profile.transport() instanceof UnixSocketTransport u ? u.socketPath() : profile.transport().url();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static List<Throwable> chainOf(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static String rootMessage(Throwable error) {
        List<Throwable> chain = chainOf(error);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String m = chain.get(i).getMessage();
            if (m != null && !m.isBlank()) {
                return m + (chain.get(i).getClass().getSimpleName().isEmpty() ? ""
                        : " [" + chain.get(i).getClass().getSimpleName() + "]");
            }
        }
        return error.getClass().getName();
    }
}
