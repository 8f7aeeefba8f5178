package io.pilothouse.core.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes certificate authorities and certificates with openssl, for TLS tests. */
final class TestCertificates {

    /** A CA: its certificate and key files. */
    record Ca(Path cert, Path key) {
    }

    private TestCertificates() {
    }

    static Ca newCa(Path dir, String name) {
        Path key = dir.resolve(name + "-key.pem");
        Path cert = dir.resolve(name + ".pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + name,
                "-keyout", key.toString(), "-out", cert.toString());
        return new Ca(cert, key);
    }

    /**
     * Issues a certificate signed by {@code ca} into {@code dir}/{@code name}-cert.pem and -key.pem (PKCS#8).
     * {@code sans} like "IP:127.0.0.1", "DNS:localhost"; {@code client} chooses clientAuth over serverAuth.
     */
    static Path[] issue(Ca ca, Path dir, String name, List<String> sans, boolean client) {
        Path key = dir.resolve(name + "-key.pem");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + "-cert.pem");
        Path ext = dir.resolve(name + ".ext");
        try {
            List<String> lines = new ArrayList<>();
            lines.add("extendedKeyUsage=" + (client ? "clientAuth" : "serverAuth"));
            if (!sans.isEmpty()) {
                lines.add("subjectAltName=" + String.join(",", sans));
            }
            Files.write(ext, lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + name,
                "-keyout", key.toString(), "-out", csr.toString());
        openssl("x509", "-req", "-in", csr.toString(), "-CA", ca.cert().toString(), "-CAkey", ca.key().toString(),
                "-CAcreateserial", "-days", "2", "-extfile", ext.toString(), "-out", cert.toString());
        return new Path[]{cert, key};
    }

    /** A DOCKER_CERT_PATH-style folder (ca.pem, cert.pem, key.pem) from the given files. */
    static Path folder(Path dir, Path ca, Path cert, Path key) {
        try {
            Files.createDirectories(dir);
            Files.copy(ca, dir.resolve("ca.pem"));
            if (cert != null) {
                Files.copy(cert, dir.resolve("cert.pem"));
            }
            if (key != null) {
                Files.copy(key, dir.resolve("key.pem"));
            }
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void openssl(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("openssl");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
