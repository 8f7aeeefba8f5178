package io.pilothouse.desktop.ui.plan;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a path of a container through the archive endpoint, paced to about {@code bytesPerSecond},
 * reporting bytes: a real long step for the wizard's picture. Cancel closes the stream.
 */
final class ArchiveReadStep implements Step {

    private final DockerClient docker;
    private final String container;
    private final String path;
    private final int bytesPerSecond;

    ArchiveReadStep(DockerClient docker, String container, String path, int bytesPerSecond) {
        this.docker = docker;
        this.container = container;
        this.path = path;
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public String description() {
        return "Read " + path + " of " + container + " through the archive endpoint";
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) throws IOException, InterruptedException {
        long total;
        try (InputStream in = docker.copyArchiveFromContainerCmd(container, path).exec()) {
            total = in.transferTo(OutputStreamSink.INSTANCE);
        }
        try (InputStream in = docker.copyArchiveFromContainerCmd(container, path).exec()) {
            ctx.cancel().onCancel(() -> {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing is all cancel asks
                }
            });
            byte[] buf = new byte[bytesPerSecond / 10];
            long done = 0;
            int n;
            while (!ctx.cancel().isCancelled() && (n = in.readNBytes(buf, 0, buf.length)) > 0) {
                done += n;
                ctx.progress(done, total, ProgressUnit.BYTES);
                Thread.sleep(100);
            }
            ctx.cancel().throwIfCancelled();
        } catch (IOException e) {
            ctx.cancel().throwIfCancelled();
            throw e;
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override public void write(int b) { }

        @Override public void write(byte[] b, int off, int len) { }
    }
}
