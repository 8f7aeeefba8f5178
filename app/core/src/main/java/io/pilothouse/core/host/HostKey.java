package io.pilothouse.core.host;

/**
 * A server's SSH host key as presented to the user: the known_hosts name ({@code host} or
 * {@code [host]:port}), the key type, the SHA256 fingerprint as OpenSSH prints it, and the
 * base64 key itself (to remember it once accepted).
 */
public record HostKey(String knownHostsName, String type, String sha256Fingerprint, String base64Key) {
}
