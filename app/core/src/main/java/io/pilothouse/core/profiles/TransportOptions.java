package io.pilothouse.core.profiles;

/**
 * What goes with an engine address: a DOCKER_CERT_PATH-style TLS folder for tcp://, and for ssh://
 * the identity file, a known_hosts file and the remote socket. Any may be null.
 */
public record TransportOptions(String tlsDir, String identityFile, String knownHostsFile, String remoteSocket) {

    public static final TransportOptions NONE = new TransportOptions(null, null, null, null);

    public TransportOptions {
        tlsDir = blankToNull(tlsDir);
        identityFile = blankToNull(identityFile);
        knownHostsFile = blankToNull(knownHostsFile);
        remoteSocket = blankToNull(remoteSocket);
    }

    public static TransportOptions tls(String tlsDir) {
        return new TransportOptions(tlsDir, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
