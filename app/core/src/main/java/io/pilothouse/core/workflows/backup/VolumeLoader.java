package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanCancelledException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/** Puts a tar stream into a volume through a helper container's archive endpoint, and reads a volume back to count it. */
public final class VolumeLoader {

    private static final long REPORT_EVERY = 1 << 20;

    private final ArchiveReads reads;

    public VolumeLoader(DockerClient docker) {
        this(ArchiveReads.of(docker));
    }

    public VolumeLoader(ArchiveReads reads) {
        this.reads = reads;
    }

    /** Streams {@code tar} into the helper's volume; returns the tally of what was sent. */
    public TarTally load(String helperId, InputStream tar, CancelToken cancel, TransferListener listener) {
        TarTally tally = new TarTally(tar);
        InputStream reporting = new FilterInputStream(tally) {
            private long reported;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                cancel.throwIfCancelled();
                int n = super.read(b, off, len);
                // the upload reads a few KiB at a time: report about every MiB
                if (n < 0 || tally.totalBytes() - reported >= REPORT_EVERY) {
                    reported = tally.totalBytes();
                    listener.transferred(reported);
                }
                return n;
            }

            @Override
            public void close() {
                // the engine client closes what it uploads; the caller still reads the file's tail to hash it
            }
        };
        cancel.onCancel(() -> VolumeArchiver.closeQuietly(tar));
        try {
            reads.docker().copyArchiveToContainerCmd(helperId).withRemotePath(HelperContainers.MOUNT)
                    .withTarInputStream(reporting).exec();
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new PlanCancelledException();
            }
            throw e;
        }
        cancel.throwIfCancelled();
        return tally;
    }

    /** Reads the volume back through the archive endpoint and counts it (nothing is written anywhere). */
    public TarTally count(String helperId, CancelToken cancel) throws IOException {
        try (InputStream in = reads.open(helperId, HelperContainers.MOUNT + "/.");
             TarTally t = new TarTally(in)) {
            cancel.onCancel(() -> VolumeArchiver.closeQuietly(in));
            byte[] buf = new byte[VolumeArchiver.BUFFER];
            while (t.read(buf, 0, buf.length) >= 0) {
                cancel.throwIfCancelled();
            }
            return t;
        }
    }

    /** Empties the volume: runs {@code rm} in a helper started for it (the image needs a shell). */
    public void clear(String image, String volume, java.util.Map<String, String> labels, HelperContainers helpers) {
        String m = HelperContainers.MOUNT;
        String id = helpers.createShell(image, volume, labels, "rm -rf " + m + "/..?* " + m + "/.[!.]* " + m + "/*");
        try {
            reads.docker().startContainerCmd(id).exec();
            Integer code = reads.docker().waitContainerCmd(id).start().awaitStatusCode(300, TimeUnit.SECONDS);
            if (code == null || code != 0) {
                throw new BackupFailure("Emptying volume " + volume + " before the restore failed (exit " + code
                        + "); its content is as it was before the restore or partly removed.");
            }
        } catch (com.github.dockerjava.api.exception.DockerException e) {
            throw new BackupFailure("Emptying volume " + volume + " needs an image with a shell (sh, rm): " + image
                    + " could not run it (" + e.getMessage() + ").", e);
        } finally {
            helpers.remove(id);
        }
    }
}
