package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.Map;

/**
 * Checks a restored volume's entries and bytes against what was expected: a listing in a helper
 * container when its image has a shell, else by reading the volume back.
 */
public final class CheckRestored implements Step {

    private final ArchiveReads reads;
    private final String volume;
    private final String image;
    private final long entries;
    private final long contentBytes;

    public CheckRestored(ArchiveReads reads, String volume, String image, long entries, long contentBytes) {
        this.reads = reads;
        this.volume = volume;
        this.image = image;
        this.entries = entries;
        this.contentBytes = contentBytes;
    }

    @Override
    public String description() {
        return entries < 0 ? "Check volume " + volume + " holds what was streamed"
                : "Check volume " + volume + " holds " + entries + " entries and " + ProgressText.bytes(contentBytes);
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        VolumeListing.Count t = new VolumeListing(reads.docker()).count(image, volume, ctx.labels(), ctx.cancel())
                .orElseGet(() -> readBack(ctx));
        // -1: what an earlier step of the plan streamed (a host-to-host copy)
        long entries = this.entries >= 0 ? this.entries : ctx.get("copied-entries", Long.class).orElse(-1L);
        long contentBytes = this.contentBytes >= 0 ? this.contentBytes : ctx.get("copied-bytes", Long.class).orElse(-1L);
        if (t.entries() != entries || t.contentBytes() != contentBytes) {
            throw new BackupFailure("Volume " + volume + " holds " + t.entries() + " entries and "
                    + t.contentBytes() + " bytes after the restore; the backup has " + entries + " and " + contentBytes
                    + ".");
        }
        ctx.get("created-volume", HostChange.class).ifPresent(ctx::resolved);
        ctx.note("volume " + volume + " checked: " + t.entries() + " entries, " + ProgressText.bytes(t.contentBytes()));
    }

    /** Counts the volume by reading it back through the archive endpoint (for images without a shell). */
    private VolumeListing.Count readBack(StepContext ctx) {
        HelperContainers helpers = new HelperContainers(reads.docker());
        String helper = helpers.createIdle(image, volume, ctx.labels());
        HostChange created = HostChange.of(ChangeKind.CREATED_CONTAINER, helper, Map.of("volume", volume),
                "created helper container for volume " + volume);
        ctx.changed(created);
        try {
            TarTally t = new VolumeLoader(reads).count(helper, ctx.cancel());
            return new VolumeListing.Count(t.entries(), t.contentBytes());
        } catch (java.io.IOException e) {
            throw new BackupFailure("Reading volume " + volume + " back to check it failed: " + e.getMessage(), e);
        } finally {
            helpers.remove(helper);
            ctx.resolved(created);
        }
    }
}
