package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Attached to a container's main process: its output from now on and, only when not read-only, the
 * keys typed. Closing detaches; the main process keeps running.
 */
public final class AttachSession implements TerminalSession {

    private static final Logger LOG = LoggerFactory.getLogger(AttachSession.class);

    private final DockerClient docker;
    private final String container;
    private final boolean readOnly;
    private final ByteQueueInputStream stdin = new ByteQueueInputStream();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile Closeable callback;
    private volatile CloseReport report;

    public AttachSession(DockerClient docker, String container, boolean readOnly, Duration timeout) {
        this.docker = docker;
        this.container = container;
        this.readOnly = readOnly;
    }

    @Override
    public String title() {
        return "attached to " + container + (readOnly ? " (read-only)" : "");
    }

    @Override
    public void start(TerminalOutput output) {
        var cmd = docker.attachContainerCmd(container).withStdOut(true).withStdErr(true).withFollowStream(true)
                .withLogs(false);
        if (!readOnly) {
            cmd = cmd.withStdIn(stdin);
        }
        callback = cmd.exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                byte[] p = frame.getPayload();
                if (p != null && p.length > 0) {
                    output.bytes(p, 0, p.length);
                }
            }

            @Override
            public void onError(Throwable throwable) {
                exited.complete(null);
                output.ended(null, report == null ? throwable : null);
            }

            @Override
            public void onComplete() {
                exited.complete(null);
                output.ended(null, null);
            }
        });
        try {
            ((ResultCallback.Adapter<?>) callback).awaitStarted(timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void write(byte[] data) {
        if (!readOnly && !exited.isDone()) {
            stdin.offer(data);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        if (readOnly || columns <= 0 || rows <= 0) {
            return;
        }
        try {
            docker.resizeContainerCmd(container).withSize(rows, columns).exec();
        } catch (RuntimeException e) {
            LOG.debug("resizing {}: {}", container, e.toString());
        }
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public synchronized CloseReport close() {
        if (report != null) {
            return report;
        }
        report = CloseReport.ended("Detached from " + container + "; its main process keeps running.");
        stdin.close();
        Closeable cb = callback;
        if (cb != null) {
            try {
                cb.close();
            } catch (Exception e) {
                LOG.debug("detaching from {}: {}", container, e.toString());
            }
        }
        exited.complete(null);
        return report;
    }
}
