package io.pilothouse.core.workflows.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveFeedTest {

    @TempDir
    Path dir;

    private Path compressed(Compression c, byte[] content, byte[] trailer) throws IOException {
        Path file = dir.resolve("a" + c.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            try (OutputStream z = c.compress(new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // keep the file open for the trailer
                }
            })) {
                z.write(content);
            }
            out.write(trailer);
        }
        return file;
    }

    private static byte[] content(int size) {
        byte[] b = new byte[size];
        Random r = new Random(7);
        for (int i = 0; i < size; i += 16) {
            b[i] = (byte) r.nextInt(); // compressible, so chunks and compressed blocks do not line up
        }
        return b;
    }

    @Test
    void handsOverTheDecompressedStreamAndHashesTheWholeFile() throws Exception {
        for (Compression c : Compression.values()) {
            byte[] content = content(5 * ArchiveFeed.CHUNK + 12345);
            Path file = compressed(c, content, new byte[0]);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try (ArchiveFeed feed = ArchiveFeed.open(file, c)) {
                byte[] buf = new byte[4096];
                int n;
                while ((n = feed.read(buf, 0, buf.length)) >= 0) {
                    got.write(buf, 0, n);
                }
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file)));
                assertThat(feed.sha256()).as(c.word()).isEqualTo(expected);
            }
            assertThat(got.toByteArray()).as(c.word()).isEqualTo(content);
            Files.delete(file);
        }
    }

    @Test
    void aDamagedFileFailsTheReaderWithTheDecompressorsError() throws Exception {
        Path file = compressed(Compression.ZSTD, content(3 * ArchiveFeed.CHUNK), new byte[0]);
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        for (int i = 100; i < cut.length; i += 97) {
            cut[i] ^= 0x5a;
        }
        Files.write(file, cut);
        try (ArchiveFeed feed = ArchiveFeed.open(file, Compression.ZSTD)) {
            assertThatThrownBy(() -> feed.transferTo(OutputStream.nullOutputStream())).isInstanceOf(IOException.class);
            assertThatThrownBy(feed::sha256).isInstanceOf(BackupFailure.class)
                    .hasMessageStartingWith("Reading the backup file failed");
        }
    }

    @Test
    void closingStopsTheReadingThreadWhileItWaitsForRoom() throws Exception {
        Path file = compressed(Compression.GZIP, content((ArchiveFeed.DEPTH + 4) * ArchiveFeed.CHUNK), new byte[0]);
        ArchiveFeed feed = ArchiveFeed.open(file, Compression.GZIP);
        byte[] buf = new byte[1000];
        assertThat(feed.read(buf, 0, buf.length)).isPositive();
        feed.close();
        assertThatThrownBy(() -> feed.read(buf, 0, buf.length)).isInstanceOf(IOException.class);
        Thread t = new Thread(() -> {
            try {
                feed.sha256();
            } catch (Exception ignored) {
                // the hash of a stream not read to its end means nothing
            }
        });
        t.start();
        t.join(5000);
        assertThat(t.isAlive()).as("the reading thread ended").isFalse();
    }
}
