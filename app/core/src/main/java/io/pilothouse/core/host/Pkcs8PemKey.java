package io.pilothouse.core.host;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** An unencrypted PKCS#8 PEM key ("BEGIN PRIVATE KEY") decoded with the JDK's own key factories. */
final class Pkcs8PemKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final String[] ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448"};

    private Pkcs8PemKey() {
    }

    /** The key of the first PKCS#8 block of {@code pem}, or null when it has none or the JDK cannot read it. */
    static PrivateKey read(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = begin < 0 ? -1 : pem.indexOf(END, begin);
        if (end < 0) {
            return null;
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        } catch (IllegalArgumentException e) {
            return null;
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                // not a key of this algorithm: try the next
            }
        }
        return null;
    }
}
