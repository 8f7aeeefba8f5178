package io.pilothouse.core.workflows.backup;

import java.nio.file.Path;

/** A finished archive: where it is, what it holds and its checksum. */
public record ArchiveResult(Path archive, Path manifest, BackupManifest content) {
}
