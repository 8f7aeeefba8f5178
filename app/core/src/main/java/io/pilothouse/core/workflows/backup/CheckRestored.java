package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.Map;

/** Reads a restored volume back and checks its entries and bytes against what was expected. */
public final class CheckRestored implements Step {

    private final DockerClient docker;
    private final String volume;
    private final String image;
    private final long entries;
    private final long contentBytes;

    public CheckRestored(DockerClient docker, String volume, String image, long entries, long contentBytes) {
        this.docker = docker;
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
        HelperContainers helpers = new HelperContainers(docker);
        String helper = helpers.createIdle(image, volume, ctx.labels());
        HostChange created = HostChange.of(ChangeKind.CREATED_CONTAINER, helper, Map.of("volume", volume),
                "created helper container for volume " + volume);
        ctx.changed(created);
        TarTally t;
        try {
            t = new VolumeLoader(docker).count(helper, ctx.cancel());
        } finally {
            helpers.remove(helper);
            ctx.resolved(created);
        }
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
}
