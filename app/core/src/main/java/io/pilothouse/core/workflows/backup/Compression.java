package io.pilothouse.core.workflows.backup;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The compression of an archive: zstd (default, fast) or gzip (readable everywhere). */
public enum Compression {
    ZSTD(".tar.zst"), GZIP(".tar.gz");

    private static final int BUFFER = 1 << 20;
    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Compression fromWord(String word) {
        if (word == null) {
            return ZSTD;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "zstd", "zst" -> ZSTD;
            case "gzip", "gz" -> GZIP;
            default -> throw new IllegalArgumentException("Unknown compression \"" + word + "\": use zstd or gzip.");
        };
    }

    public OutputStream compress(OutputStream out) throws IOException {
        if (this == GZIP) {
            return new GZIPOutputStream(out, BUFFER);
        }
        ZstdOutputStream z = new ZstdOutputStream(out, 3);
        // one worker thread compresses while the caller keeps reading from the engine
        z.setWorkers(1);
        return z;
    }

    public InputStream decompress(InputStream in) throws IOException {
        if (this == GZIP) {
            return new GZIPInputStream(in, BUFFER);
        }
        return new ZstdInputStream(in);
    }
}
