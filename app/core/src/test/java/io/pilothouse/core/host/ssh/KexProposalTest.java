package io.pilothouse.core.host.ssh;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KexProposalTest {

    private static final String KEX = "mlkem768x25519-sha256,curve25519-sha256,mlkem1024nistp384-sha384,ecdh-sha2-nistp256";

    @Test
    void mlkemMethodsAreDroppedWhenTheirClassesAreMissing() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        assertThat(KexProposal.of(KEX, empty)).isEqualTo("curve25519-sha256,ecdh-sha2-nistp256");
    }

    @Test
    void mlkemMethodsStayWhenTheirClassesArePresent() throws Exception {
        Path dir = Files.createTempDirectory("kex");
        Path cls = dir.resolve(KexProposal.MLKEM_PARAMETERS);
        Files.createDirectories(cls.getParent());
        Files.write(cls, new byte[] {0});
        ClassLoader withMlkem = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
        assertThat(KexProposal.of(KEX, withMlkem)).isEqualTo(KEX);
    }
}
