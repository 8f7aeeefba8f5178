package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

/** Reads a PEM private key of any form (PKCS#8, PKCS#1, SEC1) with BouncyCastle; encrypted keys are refused. */
final class PemKeyReader {

    private PemKeyReader() {
    }

    static PrivateKey read(HostProfile profile, Path file) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof PrivateKeyInfo pkcs8) {
                    return converter.getPrivateKey(pkcs8);
                }
                if (o instanceof PEMKeyPair pkcs1) {
                    return converter.getKeyPair(pkcs1).getPrivate();
                }
                if (o instanceof PKCS8EncryptedPrivateKeyInfo || o instanceof PEMEncryptedKeyPair) {
                    throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, "client key",
                            "is encrypted; Docker client keys are used without a passphrase "
                                    + "(decrypt it with 'openssl pkey -in key.pem -out key.pem')");
                }
            }
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, "client key",
                    "holds no PEM private key");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConnectionFailure cf) {
                throw cf;
            }
            throw ConnectionFailureTranslator.tlsFile(profile, Kind.TLS_FILES_INVALID, file, "client key",
                    "is not a readable PEM private key (" + e.getMessage() + ")");
        }
    }
}
