package io.pilothouse.core.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.pilothouse.core.host.EngineApi;
import io.pilothouse.core.host.HostSession;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads one source's log with timestamps on its own thread and hands the lines to a feed. When a
 * followed stream breaks — the container stopped or restarted, the daemon went away, the
 * connection was lost — it opens it again from the last timestamp it saw, skips the lines it
 * already handed on (those stamped earlier, and as many stamped at that same instant as it had),
 * and adds a marker line saying it resumed. A stream that was not followed and broke is resumed
 * the same way until the log is read to its end.
 *
 * <p>A swarm service's log is read with the engine's details, which name the task of each line:
 * each task becomes a source of its own in the feed ({@code web.1}, {@code web.2}), so that its
 * lines are tagged apart.
 */
final class SourceReader implements Runnable {

    private static final long MAX_BACKOFF_MS = 5_000;

    private final int index;
    private final LogSource source;
    private final Supplier<? extends HostSession> sessions;
    private final LogOptions options;
    private final LogFeed feed;
    private final LineSplitter splitter;
    private volatile boolean cancelled;
    private volatile Closeable current;
    private long lastNanos = EngineTimestamp.NONE;
    private int seenAtLast;
    private long skipBefore = EngineTimestamp.NONE;
    private int skipAtLast;
    private final List<RawLine> chunk = new ArrayList<>(256);
    private final TaskNames taskNames;
    private final Map<String, Integer> taskSources = new HashMap<>();
    private EngineApi api;

    SourceReader(int index, LogSource source, Supplier<? extends HostSession> sessions, LogOptions options,
                 LogFeed feed) {
        this.index = index;
        this.source = source;
        this.sessions = sessions;
        this.taskNames = new TaskNames(source.name());
        this.options = options;
        this.feed = feed;
        this.splitter = new LineSplitter(index);
        if (options.sinceNanos() != null) {
            skipBefore = options.sinceNanos();
        }
    }

    void cancel() {
        cancelled = true;
        Closeable c = current;
        if (c != null) {
            try {
                c.close();
            } catch (IOException | RuntimeException ignored) {
                // closing a stream that broke already
            }
        }
    }

    @Override
    public void run() {
        boolean first = true;
        long backoff = 250;
        String breakReason = null;
        try {
            while (!cancelled) {
                Throwable failure;
                try {
                    failure = readOnce(first);
                } catch (RuntimeException e) {
                    failure = e;
                }
                if (cancelled) {
                    break;
                }
                boolean resumed = !first;
                first = false;
                if (failure == null && breakReason != null && resumed) {
                    breakReason = null;
                }
                if (failure == null && !options.follow()) {
                    break;
                }
                if (failure instanceof NotFoundException) {
                    marker("— " + source.name() + " is gone: " + firstLine(failure.getMessage()) + " —");
                    break;
                }
                if (failure != null) {
                    breakReason = "connection lost (" + firstLine(failure.getMessage()) + ")";
                    sleep(backoff);
                    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
                } else {
                    backoff = 250;
                    String waited = awaitRunning();
                    if (waited == null) {
                        break;
                    }
                    breakReason = waited;
                }
                if (!cancelled) {
                    pendingMarker = breakReason;
                }
            }
        } finally {
            feed.finished(index);
        }
    }

    private String pendingMarker;

    /** Reads until the stream ends; returns the failure, or null when it ended normally. */
    private Throwable readOnce(boolean first) {
        HostSession session = sessions.get();
        DockerClient docker = session.docker();
        Integer since = null;
        Integer tail = null;
        if (first) {
            if (options.sinceNanos() != null) {
                since = (int) Math.floorDiv(options.sinceNanos(), 1_000_000_000L);
            }
            tail = options.tail();
        } else if (lastNanos != EngineTimestamp.NONE) {
            since = (int) Math.floorDiv(lastNanos, 1_000_000_000L);
            skipBefore = lastNanos;
            skipAtLast = seenAtLast;
        }
        if (source.kind() == LogSourceKind.SERVICE && session.api().isPresent()) {
            api = session.api().get();
            return readServiceTasks(since, tail);
        }
        Callback callback = new Callback();
        current = callback;
        if (cancelled) {
            return null;
        }
        if (source.kind() == LogSourceKind.CONTAINER) {
            var cmd = docker.logContainerCmd(source.id()).withStdOut(true).withStdErr(true).withTimestamps(true)
                    .withFollowStream(options.follow());
            if (since != null) {
                cmd.withSince(since);
            }
            if (tail != null) {
                cmd.withTail(tail);
            } else {
                cmd.withTailAll();
            }
            cmd.exec(callback);
        } else {
            var cmd = docker.logServiceCmd(source.id()).withStdout(true).withStderr(true).withTimestamps(true)
                    .withFollow(options.follow());
            if (since != null) {
                cmd.withSince(since);
            }
            if (tail != null) {
                cmd.withTail(tail);
            }
            cmd.exec(callback);
        }
        try {
            callback.awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        splitter.flush(this::take);
        handOn();
        return callback.failure;
    }

    /** A service's log with the details that name each line's task; returns the failure, or null. */
    private Throwable readServiceTasks(Integer since, Integer tail) {
        StringBuilder path = new StringBuilder("/services/").append(source.id())
                .append("/logs?details=1&stdout=1&stderr=1&timestamps=1&follow=").append(options.follow() ? 1 : 0)
                .append("&tail=").append(tail == null ? "all" : tail.toString());
        if (since != null) {
            path.append("&since=").append(since);
        }
        InputStream in;
        try {
            in = api.stream(path.toString());
        } catch (RuntimeException e) {
            return e;
        }
        current = in;
        Throwable failure = null;
        try (in) {
            if (!cancelled) {
                EngineFrames.read(in, (stream, payload) -> {
                    if (cancelled) {
                        return;
                    }
                    splitter.push(stream, payload, this::takeTaskLine);
                    if (chunk.size() >= 64 || (!chunk.isEmpty() && options.follow())) {
                        handOn();
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            if (!cancelled) {
                failure = e;
            }
        }
        splitter.flush(this::takeTaskLine);
        handOn();
        return failure;
    }

    /** Takes a service's line as its task's, without the details in front. */
    private void takeTaskLine(RawLine line) {
        SwarmLogDetails details = SwarmLogDetails.parse(line.text());
        if (details == null) {
            take(line);
            return;
        }
        int target = index;
        if (details.taskId() != null) {
            target = taskSources.computeIfAbsent(details.taskId(), id -> feed.taskSource(index,
                    LogSource.task(id, taskNames.of(id, details.nodeId(), api))));
        }
        byte[] text = line.text();
        take(new RawLine(target, line.stream(), line.epochNanos(), Arrays.copyOfRange(text, details.textStart(),
                text.length)));
    }

    /** After a followed stream ended: waits until the container runs again; null when it never will. */
    private String awaitRunning() {
        if (source.kind() == LogSourceKind.SERVICE) {
            sleep(1000);
            return "the service's stream ended";
        }
        boolean announced = false;
        long backoff = 250;
        while (!cancelled) {
            try {
                InspectContainerResponse r = sessions.get().docker().inspectContainerCmd(source.id()).exec();
                if (Boolean.TRUE.equals(r.getState().getRunning())) {
                    return announced ? "the container started again" : "the container restarted";
                }
                if (!announced) {
                    marker("— " + source.name() + " stopped (" + r.getState().getStatus()
                            + "); waiting for it to start again —");
                    announced = true;
                }
                backoff = 500;
            } catch (NotFoundException e) {
                marker("— " + source.name() + " was removed —");
                return null;
            } catch (RuntimeException e) {
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
            sleep(backoff);
        }
        return null;
    }

    private void take(RawLine line) {
        long t = line.epochNanos();
        if (skipBefore != EngineTimestamp.NONE) {
            if (t < skipBefore) {
                return;
            }
            if (t == skipBefore && skipAtLast > 0) {
                skipAtLast--;
                return;
            }
            skipBefore = EngineTimestamp.NONE;
        }
        if (pendingMarker != null) {
            String why = pendingMarker;
            pendingMarker = null;
            marker("— resumed: " + why + "; nothing missed, nothing repeated —");
        }
        if (t == lastNanos) {
            seenAtLast++;
        } else if (t > lastNanos || lastNanos == EngineTimestamp.NONE) {
            lastNanos = t;
            seenAtLast = 1;
        }
        chunk.add(line);
        if (chunk.size() >= 256) {
            handOn();
        }
    }

    private void handOn() {
        if (!chunk.isEmpty()) {
            feed.offer(index, new ArrayList<>(chunk));
            chunk.clear();
        }
    }

    private void marker(String text) {
        handOn();
        long t = lastNanos == EngineTimestamp.NONE ? System.currentTimeMillis() * 1_000_000L : lastNanos;
        feed.offer(index, List.of(new RawLine(index, LogStream.MARKER, t, text.getBytes(StandardCharsets.UTF_8))));
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private final class Callback extends ResultCallback.Adapter<Frame> {
        volatile Throwable failure;

        @Override
        public void onNext(Frame frame) {
            if (cancelled) {
                return;
            }
            LogStream stream = frame.getStreamType() == StreamType.STDERR ? LogStream.STDERR : LogStream.STDOUT;
            splitter.push(stream, frame.getPayload(), SourceReader.this::take);
            if (chunk.size() >= 64) {
                handOn();
            } else if (!chunk.isEmpty() && options.follow()) {
                handOn();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!cancelled) {
                failure = throwable;
            }
            super.onError(throwable);
        }
    }
}
