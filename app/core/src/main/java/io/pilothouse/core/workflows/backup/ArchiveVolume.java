package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Copies one volume into the backup folder through a helper container that is created, never started, and removed. */
public final class ArchiveVolume implements Step {

    private final ArchiveReads reads;
    private final SurveyedVolume volume;
    private final Path dir;
    private final String baseName;
    private final Compression compression;
    private final BackupManifest manifest;
    private final Consumer<ArchiveResult> done;
    private DockerLink cleanup;

    public ArchiveVolume(ArchiveReads reads, SurveyedVolume volume, Path dir, String baseName, Compression compression,
                         BackupManifest manifest, Consumer<ArchiveResult> done) {
        this.reads = reads;
        this.volume = volume;
        this.dir = dir;
        this.baseName = baseName;
        this.compression = compression;
        this.manifest = manifest;
        this.done = done;
    }

    /** Removes the helper through {@code link}, which connects again when the copy broke the connection. */
    public ArchiveVolume cleanupThrough(DockerLink link) {
        this.cleanup = link;
        return this;
    }

    /** The volume this step copies. */
    public String volumeName() {
        return volume.name();
    }

    @Override
    public String description() {
        return "Copy volume " + volume.name() + " to " + dir.resolve(baseName + compression.extension())
                + " (" + compression.word() + ", SHA-256)";
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) {
        HelperContainers helpers = new HelperContainers(reads.docker());
        String image = helpers.pickImage(volume.users(), Optional.empty());
        String helper = helpers.createIdle(image, volume.name(), ctx.labels());
        HostChange created = HostChange.of(ChangeKind.CREATED_CONTAINER, helper, Map.of("volume", volume.name()),
                "created helper container for volume " + volume.name());
        ctx.changed(created);
        try {
            ArchiveResult r = new VolumeArchiver(reads).archive(helper, dir, baseName, compression, manifest,
                    ctx.cancel(), bytes -> ctx.progress(bytes, -1, ProgressUnit.BYTES));
            ctx.note("volume " + volume.name() + ": " + r.content().entries() + " entries, "
                    + ProgressText.bytes(r.content().tarBytes()) + " → " + r.archive().getFileName()
                    + " (" + ProgressText.bytes(r.content().archiveBytes()) + ")");
            done.accept(r);
        } finally {
            try {
                removeHelper(helpers, helper);
                ctx.resolved(created);
            } catch (RuntimeException e) {
                ctx.note("the helper container " + helper.substring(0, 12) + " could not be removed: " + e.getMessage());
            }
        }
    }

    private void removeHelper(HelperContainers helpers, String helper) {
        try {
            helpers.remove(helper);
        } catch (RuntimeException e) {
            if (cleanup == null || !DockerLink.linkBroke(e)) {
                throw e;
            }
            // the connection broke during the copy: a fresh one removes what the copy left
            for (int attempt = 1; ; attempt++) {
                try {
                    new HelperContainers(cleanup.reopen()).remove(helper);
                    return;
                } catch (RuntimeException again) {
                    if (attempt >= 5 || !DockerLink.linkBroke(again)) {
                        throw again;
                    }
                    sleep(attempt * 500L);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while removing the helper container", e);
        }
    }

    static List<BackupManifest.ManifestUser> users(SurveyedVolume v) {
        return v.users().stream().map(u -> new BackupManifest.ManifestUser(u.name(), u.image(), u.imageDigest(),
                u.mountPath())).toList();
    }
}
