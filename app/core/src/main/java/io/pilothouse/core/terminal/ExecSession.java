package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TTY exec in a container: the shell found there (bash, else sh) or a chosen command, as a user,
 * in a working directory. Every process it starts carries a marker in its environment, so closing
 * the session ends them inside the container even though Docker would keep an exec whose client
 * went away running.
 */
public final class ExecSession implements TerminalSession {

    public static final String MARKER_VARIABLE = "PILOTHOUSE_SESSION";

    private static final Logger LOG = LoggerFactory.getLogger(ExecSession.class);

    private final DockerClient docker;
    private final ExecRequest request;
    private final String sessionId;
    private final List<String> extraEnv;
    private final Duration timeout;
    private final ByteQueueInputStream stdin = new ByteQueueInputStream();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile String execId;
    private volatile Closeable callback;
    private volatile boolean running;
    private volatile int[] pendingSize;
    private volatile CloseReport closeReport;

    public ExecSession(DockerClient docker, ExecRequest request, Duration timeout) {
        this(docker, request, "exec-" + UUID.randomUUID(), List.of(), timeout);
    }

    /** With the id that marks its processes and extra environment (NAME=VALUE). */
    public ExecSession(DockerClient docker, ExecRequest request, String sessionId, List<String> extraEnv,
                       Duration timeout) {
        this.docker = docker;
        this.request = request;
        this.sessionId = sessionId;
        this.extraEnv = List.copyOf(extraEnv);
        this.timeout = timeout;
    }

    public String sessionId() {
        return sessionId;
    }

    /** {@code PILOTHOUSE_SESSION=<id>}: the environment entry every process of this session carries. */
    public String marker() {
        return MARKER_VARIABLE + "=" + sessionId;
    }

    public ExecRequest request() {
        return request;
    }

    @Override
    public String title() {
        return request.commandName() + " in " + request.container()
                + (request.user().isEmpty() ? "" : " (" + request.user() + ")");
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void start(TerminalOutput output) {
        List<String> env = new ArrayList<>();
        env.add("TERM=xterm-256color");
        env.add(marker());
        env.addAll(extraEnv);
        var create = docker.execCreateCmd(request.container()).withTty(request.tty()).withAttachStdin(request.tty())
                .withAttachStdout(true).withAttachStderr(true).withEnv(env)
                .withCmd(request.effectiveCommand().toArray(String[]::new));
        if (!request.user().isEmpty()) {
            create = create.withUser(request.user());
        }
        if (!request.workingDir().isEmpty()) {
            create = create.withWorkingDir(request.workingDir());
        }
        execId = create.exec().getId();
        var startCmd = docker.execStartCmd(execId).withTty(request.tty()).withDetach(false);
        if (request.tty()) {
            startCmd = startCmd.withStdIn(stdin);
        }
        callback = startCmd.exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        byte[] p = frame.getPayload();
                        if (p != null && p.length > 0) {
                            if (frame.getStreamType() == com.github.dockerjava.api.model.StreamType.STDERR) {
                                output.errorBytes(p, 0, p.length);
                            } else {
                                output.bytes(p, 0, p.length);
                            }
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        finish(output, throwable);
                    }

                    @Override
                    public void onComplete() {
                        finish(output, null);
                    }
                });
        awaitRunning();
        int[] size = pendingSize;
        if (size != null) {
            resize(size[0], size[1]);
        }
    }

    private void awaitRunning() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !exited.isDone()) {
            Boolean r = docker.inspectExecCmd(execId).exec().isRunning();
            if (Boolean.TRUE.equals(r)) {
                running = true;
                return;
            }
            sleep(20);
        }
    }

    private void finish(TerminalOutput output, Throwable failure) {
        if (exited.isDone()) {
            return;
        }
        Integer code = null;
        try {
            Long c = docker.inspectExecCmd(execId).exec().getExitCodeLong();
            code = c == null ? null : c.intValue();
        } catch (RuntimeException e) {
            LOG.debug("inspecting exec {} after its end: {}", execId, e.toString());
        }
        running = false;
        stdin.close();
        exited.complete(code);
        output.ended(code, closing.get() ? null : failure);
    }

    @Override
    public void write(byte[] data) {
        if (!exited.isDone()) {
            stdin.offer(data);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        if (columns <= 0 || rows <= 0) {
            return;
        }
        pendingSize = new int[]{columns, rows};
        if (!running || exited.isDone() || !request.tty()) {
            return;
        }
        try {
            docker.resizeExecCmd(execId).withSize(rows, columns).exec();
        } catch (RuntimeException e) {
            LOG.debug("resizing exec {}: {}", execId, e.toString());
        }
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /** True while the exec runs, as Docker sees it. */
    public boolean runningInContainer() {
        if (execId == null) {
            return false;
        }
        return Boolean.TRUE.equals(docker.inspectExecCmd(execId).exec().isRunning());
    }

    @Override
    public synchronized CloseReport close() {
        if (closeReport != null) {
            return closeReport;
        }
        closing.set(true);
        CloseReport report;
        if (execId == null) {
            report = CloseReport.ended("Nothing was started.");
        } else if (exited.isDone()) {
            report = CloseReport.ended(title() + " had ended.");
        } else {
            report = endInContainer();
        }
        stdin.close();
        try {
            exited.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("exec {} did not report its end: {}", execId, e.toString());
        }
        Closeable cb = callback;
        if (cb != null) {
            try {
                cb.close();
            } catch (Exception e) {
                LOG.debug("closing the stream of exec {}: {}", execId, e.toString());
            }
        }
        closeReport = report;
        return report;
    }

    private CloseReport endInContainer() {
        try {
            int left = new ContainerCommands(docker, timeout).endMarked(request.container(), marker());
            if (left == 0) {
                return CloseReport.ended("Ended " + title() + ".");
            }
            return CloseReport.notEnded(left + " process(es) of " + title()
                    + " are still running in the container after a kill; end them by hand (they carry "
                    + marker() + " in their environment).");
        } catch (RuntimeException e) {
            return CloseReport.notEnded("Could not end " + title() + " inside the container: " + e.getMessage()
                    + " It may still be running there (it carries " + marker() + " in its environment).");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
