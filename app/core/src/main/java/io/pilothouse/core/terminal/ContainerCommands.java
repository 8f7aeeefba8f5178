package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short commands run in a container without a terminal (checks, ps, ending a session's processes). */
public final class ContainerCommands {

    /** Output kept per stream; more is dropped. */
    private static final int MAX_OUTPUT = 256 * 1024;

    private final DockerClient docker;
    private final Duration timeout;

    public ContainerCommands(DockerClient docker, Duration timeout) {
        this.docker = docker;
        this.timeout = timeout;
    }

    public ExecResult run(String container, List<String> command) {
        return run(container, "", command);
    }

    /** Runs {@code command} as {@code user} (blank: the container's) and waits for it, at most the timeout. */
    public ExecResult run(String container, String user, List<String> command) {
        var create = docker.execCreateCmd(container).withAttachStdout(true).withAttachStderr(true)
                .withCmd(command.toArray(String[]::new));
        if (user != null && !user.isBlank()) {
            create = create.withUser(user);
        }
        String id = create.exec().getId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                ByteArrayOutputStream to = frame.getStreamType() == StreamType.STDERR ? err : out;
                synchronized (to) {
                    if (to.size() < MAX_OUTPUT) {
                        to.writeBytes(frame.getPayload());
                    }
                }
            }
        };
        try (var cb = docker.execStartCmd(id).exec(callback)) {
            if (!cb.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The command '" + String.join(" ", command) + "' in container "
                        + container + " did not end within " + timeout.toSeconds() + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a command in " + container, e);
        } catch (java.io.IOException e) {
            // closing the finished callback
        }
        InspectExecResponse inspect = docker.inspectExecCmd(id).exec();
        Long code = inspect.getExitCodeLong();
        return new ExecResult(code == null ? -1 : code.intValue(),
                out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Ends every process in the container that carries {@code marker} (NAME=VALUE) in its environment:
     * the process an exec started and everything started from it. Hangup first, then kill.
     *
     * @return how many were still running after the kill (0 = all gone)
     */
    public int endMarked(String container, String marker) {
        String script = "m=\"$1\"; found() { for d in /proc/[0-9]*; do p=${d#/proc/}; [ \"$p\" = $$ ] && continue; "
                + "grep -q \"$m\" \"$d/environ\" 2>/dev/null && echo $p; done; }; "
                + "for p in $(found); do kill -HUP $p 2>/dev/null; done; "
                + "i=0; while [ -n \"$(found)\" ] && [ $i -lt 10 ]; do sleep 0.2 2>/dev/null || sleep 1; i=$((i+1)); done; "
                + "for p in $(found); do kill -KILL $p 2>/dev/null; done; sleep 0.2 2>/dev/null; found | wc -l";
        ExecResult r = run(container, "0", List.of("/bin/sh", "-c", script, "end", marker));
        try {
            return Integer.parseInt(r.stdout().strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Could not list the processes in " + container + ": "
                    + (r.stderr().isBlank() ? r.stdout() : r.stderr()).strip());
        }
    }
}
