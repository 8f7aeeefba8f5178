package io.pilothouse.core.testenv;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Credentials that are wrong in one precise way, made from the test engine's good ones: a CA that
 * did not sign the server, a folder without a client certificate, a known_hosts file whose keys
 * changed, a free loopback port. Shared by the ITs of the core, the CLI and the desktop app.
 */
public final class FailureFixtures {

    private final TestEnv env;
    private final Path tmp;

    public FailureFixtures(TestEnv env, Path tmp) {
        this.env = env;
        this.tmp = tmp;
    }

    /** A certificate folder whose ca.pem is not the CA that signed the engine's certificate. */
    public Path wrongCaDir() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("wrong-ca"));
        // the client certificate is a perfectly valid certificate, just not the issuer of the server's
        copy(env.certPath().resolve("cert.pem"), dir.resolve("ca.pem"));
        copy(env.certPath().resolve("cert.pem"), dir.resolve("cert.pem"));
        copy(env.certPath().resolve("key.pem"), dir.resolve("key.pem"));
        return dir;
    }

    /** A certificate folder with the right CA and no client certificate or key. */
    public Path noClientCertDir() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("no-client-cert"));
        copy(env.certPath().resolve("ca.pem"), dir.resolve("ca.pem"));
        return dir;
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public Path emptyKnownHosts() throws IOException {
        return Files.createFile(tmp.resolve("known_hosts_empty"));
    }

    /** The SHA256 fingerprints of the engine's SSH host keys, as OpenSSH prints them. */
    public List<String> knownFingerprints() throws IOException {
        List<String> fps = new ArrayList<>();
        for (String line : Files.readAllLines(env.sshKnownHosts())) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3) {
                fps.add("SHA256:" + Base64.getEncoder().withoutPadding()
                        .encodeToString(sha256(Base64.getDecoder().decode(parts[2]))));
            }
        }
        return fps;
    }

    /** The engine's known_hosts with every key replaced by another key of the same type. */
    public Path changedKnownHosts() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(env.sshKnownHosts())) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3) {
                lines.add(parts[0] + " " + parts[1] + " " + otherKey(parts[1]));
            }
        }
        return Files.write(tmp.resolve("known_hosts_changed"), lines);
    }

    private String otherKey(String type) throws IOException, InterruptedException {
        String keygenType = switch (type) {
            case "ssh-ed25519" -> "ed25519";
            case "ssh-rsa" -> "rsa";
            default -> "ecdsa";
        };
        Path file = tmp.resolve("other-" + keygenType);
        if (!Files.exists(file)) {
            Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", keygenType, "-N", "", "-f", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("ssh-keygen failed: " + out);
            }
        }
        return Files.readString(file.resolveSibling(file.getFileName() + ".pub")).trim().split("\\s+")[1];
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
