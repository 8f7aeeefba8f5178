package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading the PEM files of a TLS profile, each problem named with its file. */
class TlsContextFactoryTest {

    @TempDir
    static Path dir;
    private static TestCertificates.Ca ca;
    private static Path[] client;

    @BeforeAll
    static void certificates() {
        ca = TestCertificates.newCa(dir, "ca");
        client = TestCertificates.issue(ca, dir, "client", List.of(), true);
    }

    private static HostProfile profile(Path caFile, Path cert, Path key) {
        return HostProfile.create("box", new TlsTransport("127.0.0.1", 2376, null, caFile.toString(),
                cert.toString(), key.toString()), null);
    }

    private static ConnectionFailure failure(HostProfile p) {
        ConnectionFailure f = catchThrowableOfType(ConnectionFailure.class,
                () -> TlsContextFactory.forTransport(p, (TlsTransport) p.transport(), Duration.ofSeconds(1)));
        assertThat(f).isNotNull();
        return f;
    }

    @Test
    void pkcs8AndPkcs1KeysBothLoad() {
        Path pkcs1 = dir.resolve("client-key-pkcs1.pem");
        openssl("rsa", "-in", client[1].toString(), "-traditional", "-out", pkcs1.toString());
        assertThat(firstLine(client[1])).isEqualTo("-----BEGIN PRIVATE KEY-----");
        assertThat(firstLine(pkcs1)).isEqualTo("-----BEGIN RSA PRIVATE KEY-----");
        PrivateKey a = TlsContextFactory.readPrivateKey(profile(ca.cert(), client[0], client[1]), client[1]);
        PrivateKey b = TlsContextFactory.readPrivateKey(profile(ca.cert(), client[0], pkcs1), pkcs1);
        assertThat(a.getEncoded()).isEqualTo(b.getEncoded());
        assertThat(TlsContextFactory.forTransport(profile(ca.cert(), client[0], pkcs1),
                (TlsTransport) profile(ca.cert(), client[0], pkcs1).transport(), Duration.ofSeconds(1))).isNotNull();
    }

    @Test
    void ecKeyInItsOwnFormatLoads() {
        Path ecKey = dir.resolve("ec-key.pem");
        openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", ecKey.toString());
        assertThat(firstLine(ecKey)).isEqualTo("-----BEGIN EC PRIVATE KEY-----");
        assertThat(TlsContextFactory.readPrivateKey(profile(ca.cert(), client[0], ecKey), ecKey).getAlgorithm())
                .isIn("EC", "ECDSA");
    }

    @Test
    void encryptedKeyIsNamed() {
        Path encrypted = dir.resolve("encrypted-key.pem");
        openssl("pkcs8", "-topk8", "-in", client[1].toString(), "-out", encrypted.toString(), "-passout", "pass:secret1");
        ConnectionFailure f = failure(profile(ca.cert(), client[0], encrypted));
        assertThat(f.kind()).isEqualTo(Kind.TLS_FILES_INVALID);
        assertThat(f.getMessage()).contains(encrypted.toString(), "encrypted");
    }

    @Test
    void missingKeyIsAMissingClientCertificate() {
        Path missing = dir.resolve("nope-key.pem");
        ConnectionFailure f = failure(profile(ca.cert(), client[0], missing));
        assertThat(f.kind()).isEqualTo(Kind.TLS_CLIENT_CERT_MISSING);
        assertThat(f.getMessage()).contains(missing.toString(), "does not exist");
    }

    @Test
    void missingCaIsInvalidFiles() {
        Path missing = dir.resolve("nope-ca.pem");
        ConnectionFailure f = failure(profile(missing, client[0], client[1]));
        assertThat(f.kind()).isEqualTo(Kind.TLS_FILES_INVALID);
        assertThat(f.getMessage()).contains(missing.toString(), "CA certificate");
    }

    @Test
    void caFileThatIsNotACertificate() throws IOException {
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "hello\n");
        ConnectionFailure f = failure(profile(garbage, client[0], client[1]));
        assertThat(f.kind()).isEqualTo(Kind.TLS_FILES_INVALID);
        assertThat(f.getMessage()).contains(garbage.toString());
    }

    @Test
    void keyFileThatIsACertificate() {
        ConnectionFailure f = failure(profile(ca.cert(), client[0], client[0]));
        assertThat(f.kind()).isEqualTo(Kind.TLS_FILES_INVALID);
        assertThat(f.getMessage()).contains(client[0].toString(), "no PEM private key");
    }

    private static String firstLine(Path p) {
        try {
            return Files.readAllLines(p).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void openssl(String... args) {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl: " + out).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
