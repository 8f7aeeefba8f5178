package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SSLContext of a TLS profile from PEM files: the CA that signs the engine's certificate,
 * and the client certificate with its key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA/EC PRIVATE KEY").
 * The files are checked before any connection is tried, and each problem names its file.
 */
final class TlsContextFactory {

    /** A client certificate chain and its private key. */
    record ClientIdentity(List<X509Certificate> chain, PrivateKey key) {
    }

    private TlsContextFactory() {
    }

    static SSLContext forTransport(HostProfile profile, TlsTransport tls, Duration handshakeTimeout) {
        Path ca = tls.caPath();
        Path cert = tls.certPath();
        Path key = tls.keyPath();
        requirePresent(profile, ca, "CA certificate", Kind.TLS_FILES_INVALID);
        requirePresent(profile, cert, "client certificate", Kind.TLS_CLIENT_CERT_MISSING);
        requirePresent(profile, key, "client key", Kind.TLS_CLIENT_CERT_MISSING);
        List<X509Certificate> caCerts = readCertificates(profile, ca, "CA certificate");
        List<X509Certificate> chain = readCertificates(profile, cert, "client certificate");
        PrivateKey privateKey = readPrivateKey(profile, key);
        if (!belongTogether(chain.get(0), privateKey)) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, key, "client key",
                    "does not belong to the client certificate " + cert);
        }
        return create(caCerts, new ClientIdentity(chain, privateKey), tls.host(), handshakeTimeout);
    }

    /** An SSLContext trusting only {@code ca}, presenting {@code identity} (null: no client certificate). */
    static SSLContext create(List<X509Certificate> ca, ClientIdentity identity, String expectedHost,
                             Duration handshakeTimeout) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < ca.size(); i++) {
                trust.setCertificateEntry("ca-" + i, ca.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trust);
            X509ExtendedTrustManager caTrust = null;
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    caTrust = x;
                }
            }
            if (caTrust == null) {
                throw new IllegalStateException("the JDK offers no X509ExtendedTrustManager");
            }
            KeyManager[] keyManagers = null;
            if (identity != null) {
                char[] password = randomPassword();
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry("client", identity.key(), password, identity.chain().toArray(new Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, password);
                keyManagers = kmf.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, new TrustManager[]{new ServerCertificateVerifier(caTrust, expectedHost)},
                    new SecureRandom());
            return new TimedSslContext(context, handshakeTimeout);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> readCertificates(HostProfile profile, Path file, String role) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, role,
                        "holds no PEM certificate");
            }
            return out;
        } catch (IOException e) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, role,
                    "cannot be read (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, role,
                    "is not a PEM certificate");
        }
    }

    /**
     * The client key: an unencrypted PKCS#8 key ("PRIVATE KEY", what Docker's and openssl's tools write)
     * is read with the JDK alone; other PEM forms (PKCS#1, SEC1, encrypted) go through BouncyCastle,
     * which is only loaded then.
     */
    static PrivateKey readPrivateKey(HostProfile profile, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, "client key",
                    "is not a readable PEM private key (" + e.getMessage() + ")");
        }
        PrivateKey pkcs8 = Pkcs8PemKey.read(text);
        return pkcs8 != null ? pkcs8 : PemKeyReader.read(profile, file);
    }

    private static void requirePresent(HostProfile profile, Path file, String role, Kind missingKind) {
        if (!Files.exists(file)) {
            throw ConnectionFailureTranslator.tlsFile(profile, missingKind, file, role, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, role, "is not a file");
        }
        if (!Files.isReadable(file)) {
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, role,
                    "cannot be read by this user");
        }
    }

    /** Signs a sample with the key and checks it with the certificate's public key. */
    private static boolean belongTogether(X509Certificate cert, PrivateKey key) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> null;
        };
        if (algorithm == null) {
            return true; // an unusual key type: let the handshake decide
        }
        try {
            byte[] sample = "pilothouse key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(sample);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(cert.getPublicKey());
            verifier.update(sample);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ('a' + random.nextInt(26));
        }
        return out;
    }
}
