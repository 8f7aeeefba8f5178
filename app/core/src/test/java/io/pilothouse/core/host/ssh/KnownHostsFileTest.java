package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.HostKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class KnownHostsFileTest {

    private static final HostKey KEY = new HostKey("[127.0.0.1]:2222", "ssh-ed25519", "SHA256:x",
            "AAAAC3NzaC1lZDI1NTE5AAAAINc84QLKC8pu3REdUApOWNi4NBSs48/CQ6+Y7r1i929h");

    @TempDir
    Path dir;

    @Test
    void createsAMissingFileReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("home/.ssh/known_hosts");
        new KnownHostsFile(file).remember(KEY);
        assertThat(Files.readString(file)).isEqualTo("[127.0.0.1]:2222 ssh-ed25519 " + KEY.base64Key() + "\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void appendsAfterExistingLinesEvenWithoutATrailingNewline() throws Exception {
        Path file = Files.writeString(dir.resolve("known_hosts"), "example.invalid ssh-rsa AAAA");
        new KnownHostsFile(file).remember(KEY);
        assertThat(Files.readAllLines(file)).containsExactly("example.invalid ssh-rsa AAAA",
                "[127.0.0.1]:2222 ssh-ed25519 " + KEY.base64Key());
    }
}
