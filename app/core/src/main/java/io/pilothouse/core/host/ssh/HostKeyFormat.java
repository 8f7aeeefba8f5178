package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.HostKey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** How OpenSSH writes host keys: the known_hosts name, the key type inside the key blob, the SHA256 fingerprint. */
final class HostKeyFormat {

    private HostKeyFormat() {
    }

    /** {@code host} for port 22, {@code [host]:port} otherwise, as known_hosts and ssh-keygen write it. */
    static String knownHostsName(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** The algorithm name at the start of an SSH public key blob, e.g. {@code ssh-ed25519}. */
    static String keyType(byte[] blob) {
        if (blob == null || blob.length < 4) {
            throw new IllegalArgumentException("not an SSH public key blob");
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        int length = buffer.getInt();
        if (length <= 0 || length > blob.length - 4) {
            throw new IllegalArgumentException("not an SSH public key blob");
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }

    /** The fingerprint exactly as {@code ssh-keygen -l} prints it: {@code SHA256:} and unpadded base64. */
    static String sha256Fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static HostKey describe(String knownHostsName, byte[] blob) {
        return new HostKey(knownHostsName, keyType(blob), sha256Fingerprint(blob),
                Base64.getEncoder().encodeToString(blob));
    }

    /** The known_hosts line that remembers {@code key}. */
    static String knownHostsLine(HostKey key) {
        return key.knownHostsName() + " " + key.type() + " " + key.base64Key();
    }
}
