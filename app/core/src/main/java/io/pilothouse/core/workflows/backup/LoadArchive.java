package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.Map;

/**
 * Streams a backup into a volume: the file is hashed and decompressed on the way, the tar counted,
 * and both checked against the manifest at the end. With {@code replace} the volume is emptied first.
 */
public final class LoadArchive implements Step {

    private final DockerClient docker;
    private final CatalogEntry entry;
    private final String volume;
    private final boolean replace;
    private final String image;

    public LoadArchive(DockerClient docker, CatalogEntry entry, String volume, boolean replace, String image) {
        this.docker = docker;
        this.entry = entry;
        this.volume = volume;
        this.replace = replace;
        this.image = image;
    }

    @Override
    public String description() {
        return (replace ? "Replace the content of volume " : "Fill volume ") + volume + " with " + entry.name()
                + " (" + ProgressText.bytes(entry.manifest().contentBytes()) + " in " + entry.manifest().entries() + " entries)";
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        HelperContainers helpers = new HelperContainers(docker);
        VolumeLoader loader = new VolumeLoader(docker);
        if (replace) {
            loader.clear(image, volume, ctx.labels(), helpers);
            ctx.note("emptied volume " + volume);
        }
        String helper = helpers.createIdle(image, volume, ctx.labels());
        HostChange created = HostChange.of(ChangeKind.CREATED_CONTAINER, helper, Map.of("volume", volume),
                "created helper container for volume " + volume);
        ctx.changed(created);
        BackupManifest m = entry.manifest();
        try {
            TarTally tally;
            String actual;
            // the file is read, hashed and decompressed on a thread of its own while this one uploads
            try (ArchiveFeed tar = ArchiveFeed.open(entry.archive(), Compression.fromWord(m.compression()))) {
                tally = loader.load(helper, tar, ctx.cancel(), done -> ctx.progress(done, m.tarBytes(), ProgressUnit.BYTES));
                actual = tar.sha256();
            }
            if (!actual.equalsIgnoreCase(m.archiveSha256())) {
                throw new BackupFailure("The archive " + entry.name() + " does not have the SHA-256 its manifest"
                        + " records: it was changed after the backup. Volume " + volume + " now holds its content; "
                        + "do not use it.");
            }
            if (!tally.complete() || tally.entries() != m.entries()) {
                throw new BackupFailure("The archive " + entry.name() + " held " + tally.entries() + " entries, its"
                        + " manifest says " + m.entries() + ".");
            }
        } finally {
            helpers.remove(helper);
            ctx.resolved(created);
        }
    }
}
