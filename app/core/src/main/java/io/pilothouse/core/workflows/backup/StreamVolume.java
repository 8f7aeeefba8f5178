package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Streams a volume from one host straight into a volume of another, with no file in between. */
public final class StreamVolume implements Step {

    private final ArchiveReads source;
    private final String sourceHost;
    private final SurveyedVolume volume;
    private final DockerClient target;
    private final String targetVolume;

    public StreamVolume(ArchiveReads source, String sourceHost, SurveyedVolume volume, DockerClient target,
                        String targetVolume) {
        this.source = source;
        this.sourceHost = sourceHost;
        this.volume = volume;
        this.target = target;
        this.targetVolume = targetVolume;
    }

    @Override
    public String description() {
        return "Stream volume " + volume.name() + " of " + sourceHost + " into " + targetVolume;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        HelperContainers from = new HelperContainers(source.docker());
        HelperContainers to = new HelperContainers(target);
        String out = from.createIdle(from.pickImage(volume.users(), Optional.empty()), volume.name(), ctx.labels());
        String in = null;
        try {
            in = to.createIdle(to.pickImage(List.of(), Optional.empty()), targetVolume, ctx.labels());
            HostChange created = HostChange.of(ChangeKind.CREATED_CONTAINER, in, Map.of("volume", targetVolume),
                    "created helper container for volume " + targetVolume);
            ctx.changed(created);
            TarTally t;
            try (InputStream tar = source.open(out, HelperContainers.MOUNT + "/.")) {
                t = new VolumeLoader(target).load(in, tar, ctx.cancel(), done -> ctx.progress(done, -1, ProgressUnit.BYTES));
            }
            if (!t.complete()) {
                throw new BackupFailure("The stream of volume " + volume.name() + " from " + sourceHost
                        + " ended early after " + ProgressText.bytes(t.totalBytes()) + ": the connection broke.");
            }
            ctx.put("copied-entries", t.entries());
            ctx.put("copied-bytes", t.contentBytes());
            to.remove(in);
            ctx.resolved(created);
            in = null;
        } finally {
            from.remove(out);
            if (in != null) {
                to.remove(in);
            }
        }
    }
}
