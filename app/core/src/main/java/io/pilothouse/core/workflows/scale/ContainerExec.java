package io.pilothouse.core.workflows.scale;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs a command in a running container and keeps the last few kilobytes of what it wrote. */
final class ContainerExec {

    private static final int KEEP = 8000;

    private final DockerClient docker;

    ContainerExec(DockerClient docker) {
        this.docker = docker;
    }

    ExecResult run(String container, Duration timeout, String... command) throws InterruptedException {
        String exec = docker.execCreateCmd(container).withCmd(command)
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
        docker.execStartCmd(exec).exec(cb);
        boolean ended = cb.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            cb.close();
        } catch (IOException ignored) {
            // closed already
        }
        String text;
        synchronized (out) {
            text = out.toString().strip();
        }
        if (!ended) {
            return new ExecResult(-1, text);
        }
        Long code = docker.inspectExecCmd(exec).exec().getExitCodeLong();
        return new ExecResult(code == null ? -1 : code.intValue(), text);
    }
}
