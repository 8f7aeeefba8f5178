package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.HostKey;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostKeyFormatTest {

    // keys and the fingerprints `ssh-keygen -lf` printed for them
    private static final String ED25519 = "AAAAC3NzaC1lZDI1NTE5AAAAINc84QLKC8pu3REdUApOWNi4NBSs48/CQ6+Y7r1i929h";
    private static final String ED25519_FP = "SHA256:xUWCEXh+ZHziyA1LXK6wvXUKV0s3J5VrYI1D1IAASNQ";
    private static final String ECDSA = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBMXmIg8ycC3vjLnn4qTA4IxCdWHQCLabab"
            + "/KyCumtxwuzGod6Bhc5dHUflq2iykmij91aUaX7EFzQxU9OLDqsfA=";
    private static final String ECDSA_FP = "SHA256:B8liBGl/XbbNr0oO+/f2S8UMOC3LV+zB7RN3lAwV/00";

    @Test
    void fingerprintIsWhatSshKeygenPrints() {
        assertThat(HostKeyFormat.sha256Fingerprint(Base64.getDecoder().decode(ED25519))).isEqualTo(ED25519_FP);
        assertThat(HostKeyFormat.sha256Fingerprint(Base64.getDecoder().decode(ECDSA))).isEqualTo(ECDSA_FP);
    }

    @Test
    void keyTypeComesFromTheBlob() {
        assertThat(HostKeyFormat.keyType(Base64.getDecoder().decode(ED25519))).isEqualTo("ssh-ed25519");
        assertThat(HostKeyFormat.keyType(Base64.getDecoder().decode(ECDSA))).isEqualTo("ecdsa-sha2-nistp256");
        assertThatThrownBy(() -> HostKeyFormat.keyType(new byte[] {0, 0, 0, 99, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knownHostsNameHasBracketsAndPortUnlessPort22() {
        assertThat(HostKeyFormat.knownHostsName("example.invalid", 22)).isEqualTo("example.invalid");
        assertThat(HostKeyFormat.knownHostsName("127.0.0.1", 22220)).isEqualTo("[127.0.0.1]:22220");
    }

    @Test
    void describedKeyMakesTheKnownHostsLine() {
        HostKey key = HostKeyFormat.describe("[127.0.0.1]:22220", Base64.getDecoder().decode(ED25519));
        assertThat(key).isEqualTo(new HostKey("[127.0.0.1]:22220", "ssh-ed25519", ED25519_FP, ED25519));
        assertThat(HostKeyFormat.knownHostsLine(key)).isEqualTo("[127.0.0.1]:22220 ssh-ed25519 " + ED25519);
    }
}
