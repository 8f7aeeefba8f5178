package io.pilothouse.core.profiles;

import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnixSocketTransport;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an engine address as people write it (unix:///var/run/docker.sock, tcp://host:2376,
 * ssh://user@host:22) and its options into a {@link TransportConfig}. Bad input gets a sentence
 * that says what to write instead ({@link IllegalArgumentException}). TCP is only ever TLS with
 * verification.
 */
public final class TransportParser {

    private static final String EXAMPLES = "unix:///var/run/docker.sock, tcp://HOST:2376 or ssh://USER@HOST";

    public TransportConfig parse(String url, TransportOptions options) {
        TransportOptions o = options == null ? TransportOptions.NONE : options;
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Give the engine's address, for example " + EXAMPLES);
        }
        String u = url.strip();
        int sep = u.indexOf("://");
        if (sep < 0) {
            throw new IllegalArgumentException(withoutScheme(u));
        }
        String scheme = u.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = u.substring(sep + 3);
        return switch (scheme) {
            case "unix" -> unix(u, rest, o);
            case "tcp" -> tcp(u, rest, o);
            case "ssh" -> ssh(u, rest, o);
            case "http", "https" -> throw new IllegalArgumentException("'" + u + "' is an " + scheme
                    + " address: the engine is reached as tcp://HOST:PORT with TLS (give --tls-dir), not over "
                    + scheme + "://");
            case "npipe" -> throw new IllegalArgumentException(
                    "'" + u + "' is a Windows named pipe: Pilothouse connects over unix://, tcp:// with TLS, or ssh://");
            case "fd" -> throw new IllegalArgumentException(
                    "'" + u + "' is a systemd socket of the daemon itself: give the socket path as unix:///PATH");
            default -> throw new IllegalArgumentException("Unknown address scheme '" + scheme + "' in '" + u
                    + "': use " + EXAMPLES);
        };
    }

    private static String withoutScheme(String u) {
        if (u.startsWith("/")) {
            return "'" + u + "' has no scheme: write unix://" + u + " for a local socket";
        }
        if (u.contains("@")) {
            return "'" + u + "' has no scheme: write ssh://" + u + " for an SSH address";
        }
        if (u.matches("[^/:]+:\\d+")) {
            return "'" + u + "' has no scheme: write tcp://" + u + " (with --tls-dir) for a TLS address";
        }
        return "'" + u + "' is not an engine address: write " + EXAMPLES;
    }

    private TransportConfig unix(String url, String path, TransportOptions o) {
        refuse(o.tlsDir(), "--tls-dir", "tcp://", url);
        refuse(o.identityFile(), "--identity", "ssh://", url);
        refuse(o.knownHostsFile(), "--known-hosts", "ssh://", url);
        refuse(o.remoteSocket(), "--remote-socket", "ssh://", url);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' has no socket path: write unix:///var/run/docker.sock");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("The socket path in '" + url
                    + "' is not absolute: write unix:///" + path + " (three slashes)");
        }
        return new UnixSocketTransport(path);
    }

    private TransportConfig tcp(String url, String rest, TransportOptions o) {
        refuse(o.identityFile(), "--identity", "ssh://", url);
        refuse(o.knownHostsFile(), "--known-hosts", "ssh://", url);
        refuse(o.remoteSocket(), "--remote-socket", "ssh://", url);
        Authority a = authority(url, rest);
        if (a.user() != null) {
            throw new IllegalArgumentException("'" + url + "' has a user name: only ssh:// addresses have one");
        }
        int port = a.port() == null ? TlsTransport.DEFAULT_PORT : a.port();
        if (o.tlsDir() == null) {
            throw new IllegalArgumentException("'" + url + "' has no TLS material: Pilothouse only connects to a TCP "
                    + "engine over TLS with verification. Give --tls-dir with ca.pem, cert.pem and key.pem "
                    + "(the DOCKER_CERT_PATH folder), or use ssh://");
        }
        return TlsTransport.withCertDir(a.host(), port, absolute(o.tlsDir()));
    }

    private TransportConfig ssh(String url, String rest, TransportOptions o) {
        refuse(o.tlsDir(), "--tls-dir", "tcp://", url);
        Authority a = authority(url, rest);
        return new SshTransport(a.user(), a.host(), a.port(), absoluteOrNull(o.identityFile()),
                absoluteOrNull(o.knownHostsFile()), o.remoteSocket());
    }

    private static void refuse(String value, String option, String scheme, String url) {
        if (value != null) {
            throw new IllegalArgumentException(option + " applies only to " + scheme + " addresses, not to '" + url + "'");
        }
    }

    private record Authority(String user, String host, Integer port) {
    }

    private static Authority authority(String url, String rest) {
        String auth = rest;
        if (auth.endsWith("/")) {
            auth = auth.substring(0, auth.length() - 1);
        }
        if (auth.contains("/") || auth.contains("?") || auth.contains("#")) {
            throw new IllegalArgumentException("'" + url + "' has a path or query after the host: write only "
                    + "HOST:PORT after the scheme");
        }
        String user = null;
        int at = auth.lastIndexOf('@');
        if (at >= 0) {
            user = auth.substring(0, at);
            auth = auth.substring(at + 1);
            if (user.isEmpty()) {
                throw new IllegalArgumentException("'" + url + "' has an empty user name before @");
            }
            if (user.contains(":")) {
                throw new IllegalArgumentException("'" + url + "' holds a password: passwords are never taken "
                        + "in an address; use a key (--identity)");
            }
        }
        String host;
        String portText = null;
        if (auth.startsWith("[")) {
            int close = auth.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + url + "' opens an IPv6 address with [ but never closes it");
            }
            host = auth.substring(1, close);
            String after = auth.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("'" + url + "' has text after the IPv6 address that is not :PORT");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = auth.indexOf(':');
            if (colon >= 0 && auth.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("'" + url + "' looks like an IPv6 address: write it in brackets, "
                        + "for example [::1]:2376");
            }
            host = colon < 0 ? auth : auth.substring(0, colon);
            portText = colon < 0 ? null : auth.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("'" + url + "' has no host name");
        }
        Integer port = null;
        if (portText != null) {
            if (portText.isEmpty()) {
                throw new IllegalArgumentException("'" + url + "' ends with ':' but gives no port");
            }
            if (!portText.chars().allMatch(Character::isDigit) || portText.length() > 5) {
                throw new IllegalArgumentException("The port '" + portText + "' in '" + url + "' is not a number");
            }
            port = Integer.parseInt(portText);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The port " + port + " in '" + url + "' is not between 1 and 65535");
            }
        }
        return new Authority(user, host, port);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    private static String absoluteOrNull(String path) {
        return path == null ? null : absolute(path);
    }
}
