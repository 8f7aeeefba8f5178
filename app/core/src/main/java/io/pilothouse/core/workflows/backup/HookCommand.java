package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A pre- or post-backup command run with {@code sh -c} inside a running container (a dump, a flush). */
public final class HookCommand implements Step {

    private static final int KEEP = 4000;
    private final DockerClient docker;
    private final String when;
    private final String container;
    private final String command;
    private final long timeoutSeconds;

    public HookCommand(DockerClient docker, String when, String container, String command, long timeoutSeconds) {
        this.docker = docker;
        this.when = when;
        this.container = container;
        this.command = command;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String description() {
        return "Run the " + when + "-backup command in " + container + ": " + command;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        String exec = docker.execCreateCmd(container).withCmd("sh", "-c", command)
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        StringBuilder out = new StringBuilder();
        ResultCallback.Adapter<Frame> cb = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame f) {
                synchronized (out) {
                    out.append(new String(f.getPayload(), StandardCharsets.UTF_8));
                    if (out.length() > KEEP) {
                        out.delete(0, out.length() - KEEP);
                    }
                }
            }
        };
        ctx.cancel().onCancel(() -> VolumeArchiver.closeQuietly(cb));
        docker.execStartCmd(exec).exec(cb);
        if (!cb.awaitCompletion(timeoutSeconds, TimeUnit.SECONDS)) {
            cb.close();
            throw new BackupFailure("The " + when + "-backup command in " + container + " did not end within "
                    + timeoutSeconds + " s.");
        }
        ctx.cancel().throwIfCancelled();
        Long code = docker.inspectExecCmd(exec).exec().getExitCodeLong();
        if (code == null || code != 0) {
            String tail;
            synchronized (out) {
                tail = out.toString().strip();
            }
            throw new BackupFailure("The " + when + "-backup command in " + container + " failed (exit " + code + ")"
                    + (tail.isEmpty() ? "" : ": " + tail) + ".");
        }
        ctx.note("the " + when + "-backup command in " + container + " succeeded");
    }
}
