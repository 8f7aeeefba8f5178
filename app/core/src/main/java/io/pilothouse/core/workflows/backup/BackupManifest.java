package io.pilothouse.core.workflows.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one backup holds, written beside its archive as JSON.
 *
 * @param archive         the archive's file name (in the same folder)
 * @param entries         tar entries (files, directories, links)
 * @param files           regular files among them
 * @param contentBytes    bytes of file content
 * @param tarBytes        size of the uncompressed tar stream
 * @param archiveBytes    size of the compressed archive file
 * @param archiveSha256   SHA-256 of the archive file, hex
 */
public record BackupManifest(int format, String host, String hostId, String environment, String volume,
                             String driver, Map<String, String> labels, List<ManifestUser> containers,
                             String consistency, String compression, String archive, long entries, long files,
                             long contentBytes, long tarBytes, long archiveBytes, String archiveSha256,
                             Instant started, Instant finished, String appVersion) {

    public static final int FORMAT = 1;

    public BackupManifest {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** A container that used the volume when it was backed up. */
    public record ManifestUser(String name, String image, String imageDigest, String mountPath) {
    }
}
