package io.pilothouse.core.workflows.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes manifests: {@code NAME.manifest.json} beside {@code NAME.tar.zst}. */
public final class ManifestFiles {

    public static final String SUFFIX = ".manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestFiles() {
    }

    public static BackupManifest read(Path manifest) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(manifest), BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("The manifest " + manifest.getFileName() + " is not a valid backup manifest ("
                    + e.getOriginalMessage() + "): it was damaged or changed after the backup.", e);
        }
    }

    public static byte[] bytes(BackupManifest m) throws IOException {
        return JSON.writeValueAsBytes(m);
    }

    public static Path manifestOf(Path archive) {
        String n = archive.getFileName().toString();
        for (Compression c : Compression.values()) {
            if (n.endsWith(c.extension())) {
                n = n.substring(0, n.length() - c.extension().length());
            }
        }
        return archive.resolveSibling(n + SUFFIX);
    }

    /** The archive a manifest file describes (the name it records, in the same folder). */
    public static Path archiveOf(Path manifestFile, BackupManifest m) {
        return manifestFile.resolveSibling(m.archive());
    }
}
