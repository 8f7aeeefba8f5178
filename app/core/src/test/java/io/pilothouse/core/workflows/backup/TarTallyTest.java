package io.pilothouse.core.workflows.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TarTallyTest {

    @TempDir
    Path dir;

    private byte[] tarOf(Path root) throws Exception {
        Process p = new ProcessBuilder("tar", "--format=pax", "-c", "-C", root.toString(), ".").start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void countsEntriesFilesAndContentOfAGnuTarWithLongNamesAndLinks() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(root.resolve("empty/deeper"));
        Files.write(root.resolve("a"), new byte[1000]);
        Files.write(root.resolve("b"), new byte[0]);
        Files.write(root.resolve("x".repeat(150)), new byte[513]);
        Files.createSymbolicLink(root.resolve("link"), Path.of("a"));
        byte[] tar = tarOf(root);
        TarTally t = new TarTally(new ByteArrayInputStream(tar));
        byte[] buf = new byte[777];
        while (t.read(buf, 0, buf.length) >= 0) {
            // odd buffer size: headers span reads
        }
        // ., empty, empty/deeper, a, b, xxx…, link
        assertThat(t.entries()).isEqualTo(7);
        assertThat(t.files()).isEqualTo(3);
        assertThat(t.contentBytes()).isEqualTo(1513);
        assertThat(t.complete()).isTrue();
        assertThat(t.totalBytes()).isEqualTo(tar.length);
    }

    @Test
    void aCutStreamIsNotComplete() throws Exception {
        Path root = Files.createDirectories(dir.resolve("r"));
        Files.write(root.resolve("big"), new byte[100_000]);
        byte[] tar = tarOf(root);
        TarTally t = new TarTally(new ByteArrayInputStream(Arrays.copyOf(tar, tar.length / 2)));
        t.transferTo(OutputStream.nullOutputStream());
        assertThat(t.complete()).isFalse();
    }
}
