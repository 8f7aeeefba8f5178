package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanCancelledException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Counts what a volume holds without reading its content: a helper container lists it with
 * {@code find} and {@code stat} (entries the way the archive endpoint's tar has them, the volume's
 * root included; bytes of regular files, each hard-linked file once). Needs an image with a shell
 * and those tools; when the image has none, {@link #count} answers empty and the caller reads the
 * volume back instead.
 */
public final class VolumeListing {

    static final String SCRIPT = "cd " + HelperContainers.MOUNT + " && find . -print0 | tr -cd '\\000' | wc -c"
            + " && find . -type f -exec stat -c '%i %s' {} + | sort -u | awk '{ s += $2 } END { print s + 0 }'";

    private final DockerClient docker;

    public VolumeListing(DockerClient docker) {
        this.docker = docker;
    }

    /** Entries and content bytes of {@code volume}, or empty when {@code image} cannot list it. */
    public Optional<Count> count(String image, String volume, Map<String, String> labels, CancelToken cancel) {
        HelperContainers helpers = new HelperContainers(docker);
        String id = helpers.createShell(image, volume, labels, SCRIPT);
        try {
            try {
                docker.startContainerCmd(id).exec();
            } catch (DockerException e) {
                return Optional.empty(); // no shell in the image
            }
            Long code = null;
            // a listing of tens of thousands of entries takes a second or two; ten minutes is a hung engine
            for (long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); code == null
                    && System.nanoTime() < deadline; ) {
                cancel.throwIfCancelled();
                var state = docker.inspectContainerCmd(id).exec().getState();
                if (Boolean.TRUE.equals(state.getRunning())) {
                    Thread.sleep(100);
                } else {
                    code = state.getExitCodeLong();
                }
            }
            if (code == null || code != 0) {
                return Optional.empty();
            }
            String[] lines = output(id).strip().split("\\s+");
            if (lines.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Count(Long.parseLong(lines[0]), Long.parseLong(lines[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanCancelledException();
        } finally {
            helpers.remove(id);
        }
    }

    private String output(String id) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        ResultCallback.Adapter<Frame> cb = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                synchronized (out) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        };
        docker.logContainerCmd(id).withStdOut(true).withStdErr(false).exec(cb).awaitCompletion(30, TimeUnit.SECONDS);
        synchronized (out) {
            return out.toString();
        }
    }

    /** What a volume holds: entries (the root included) and bytes of regular files. */
    public record Count(long entries, long contentBytes) { }
}
