package io.pilothouse.core.workflows.backup;

import java.nio.file.Path;

/** A backup in the catalog: its manifest file, its archive and what the manifest says. */
public record CatalogEntry(Path manifestFile, Path archive, BackupManifest manifest) {

    /** The name a person types to pick it: the archive's file name. */
    public String name() {
        return archive.getFileName().toString();
    }
}
