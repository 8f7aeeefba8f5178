package io.pilothouse.core.host;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class Pkcs8PemKeyTest {

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair pair(String algorithm) throws Exception {
        return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
    }

    @Test
    void rsaEcAndEd25519KeysAreReadWithTheJdk() throws Exception {
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            PrivateKey key = pair(algorithm).getPrivate();
            PrivateKey read = Pkcs8PemKey.read("comment line\n" + pem("PRIVATE KEY", key.getEncoded()));
            assertThat(read).as(algorithm).isNotNull();
            assertThat(read.getEncoded()).as(algorithm).isEqualTo(key.getEncoded());
        }
    }

    @Test
    void otherPemFormsAreLeftToTheGeneralReader() throws Exception {
        byte[] der = pair("RSA").getPrivate().getEncoded();
        assertThat(Pkcs8PemKey.read(pem("RSA PRIVATE KEY", der))).isNull();
        assertThat(Pkcs8PemKey.read(pem("ENCRYPTED PRIVATE KEY", der))).isNull();
        assertThat(Pkcs8PemKey.read("-----BEGIN PRIVATE KEY-----\n%%%not base64%%%\n-----END PRIVATE KEY-----\n")).isNull();
        assertThat(Pkcs8PemKey.read(pem("PRIVATE KEY", new byte[] {1, 2, 3}))).isNull();
        assertThat(Pkcs8PemKey.read("no key at all")).isNull();
    }
}
