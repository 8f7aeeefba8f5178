package io.pilothouse.core.logs;

import com.github.dockerjava.api.DockerClient;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One subscription to the logs of one or more sources: a reader thread per source decodes the
 * engine's frames, and one thread hands the lines to the sink in batches. Lines of several sources
 * are merged in timestamp order: a line waits until every other source has shown a later one or has
 * ended — or, when following, until it is {@code holdBack} old, so that a line of a quiet source
 * that arrives a little late still lands in its place. Memory stays bounded: a reader waits while
 * its source has more than {@value #MAX_PENDING} lines not yet handed on. {@link #cancel()} ends
 * every stream (a followed stream has no timeout of its own).
 */
public final class LogFeed implements AutoCloseable {

    static final int MAX_PENDING = 50_000;
    private static final int BATCH = 8192;

    private final List<SourceReader> readers = new ArrayList<>();
    private final List<ArrayDeque<RawLine>> pending = new ArrayList<>();
    private final List<ArrayDeque<Long>> arrivals = new ArrayList<>();
    private final boolean[] finished;
    private final LineSink sink;
    private final LogOptions options;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private final Thread merger;

    private LogFeed(List<LogSource> sources, Supplier<DockerClient> clients, LogOptions options, LineSink sink) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Logs of nothing: give at least one container or service.");
        }
        this.sink = sink;
        this.options = options;
        this.finished = new boolean[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            readers.add(new SourceReader(i, sources.get(i), clients, options, this));
            pending.add(new ArrayDeque<>());
            arrivals.add(new ArrayDeque<>());
        }
        merger = new Thread(this::merge, "logs-merge");
        merger.setDaemon(true);
    }

    /**
     * Starts reading. Source {@code i} of the list gives lines with source index {@code i}, the same
     * order as the buffer's sources.
     */
    public static LogFeed start(List<LogSource> sources, Supplier<DockerClient> clients, LogOptions options,
                                LineSink sink) {
        LogFeed feed = new LogFeed(sources, clients, options, sink);
        for (int i = 0; i < feed.readers.size(); i++) {
            Thread t = new Thread(feed.readers.get(i), "logs-" + sources.get(i).name());
            t.setDaemon(true);
            t.start();
        }
        feed.merger.start();
        return feed;
    }

    /** Completes when every source was read to its end (not following) or after {@link #cancel()}. */
    public CompletableFuture<Void> done() {
        return done;
    }

    public boolean isFollowing() {
        return options.follow();
    }

    public void cancel() {
        cancelled = true;
        readers.forEach(SourceReader::cancel);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        cancel();
    }

    void offer(int source, List<RawLine> lines) {
        long now = System.nanoTime();
        synchronized (lock) {
            while (!cancelled && pending.get(source).size() > MAX_PENDING) {
                try {
                    lock.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            pending.get(source).addAll(lines);
            if (readers.size() > 1) {
                ArrayDeque<Long> a = arrivals.get(source);
                for (int i = 0; i < lines.size(); i++) {
                    a.add(now);
                }
            }
            lock.notifyAll();
        }
    }

    void finished(int source) {
        synchronized (lock) {
            finished[source] = true;
            lock.notifyAll();
        }
    }

    private void merge() {
        try {
            while (true) {
                List<RawLine> batch;
                boolean over;
                synchronized (lock) {
                    if (!cancelled && !anyPending() && !allFinished()) {
                        lock.wait(readers.size() > 1 ? 50 : 200);
                    }
                    if (cancelled) {
                        break;
                    }
                    batch = readers.size() == 1 ? drainSingle() : drainMerged(System.nanoTime());
                    over = allFinished() && !anyPending();
                    lock.notifyAll();
                }
                if (!batch.isEmpty()) {
                    sink.accept(batch);
                }
                if (over) {
                    break;
                }
                if (batch.isEmpty() && readers.size() > 1) {
                    synchronized (lock) {
                        lock.wait(20);
                    }
                }
            }
            done.complete(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.complete(null);
        } catch (RuntimeException e) {
            cancel();
            done.completeExceptionally(e);
        }
    }

    private List<RawLine> drainSingle() {
        ArrayDeque<RawLine> q = pending.get(0);
        List<RawLine> out = new ArrayList<>(Math.min(q.size(), BATCH * 4));
        while (!q.isEmpty() && out.size() < BATCH * 4) {
            out.add(q.poll());
        }
        return out;
    }

    /** Lines that can go in timestamp order now. */
    private List<RawLine> drainMerged(long now) {
        List<RawLine> out = new ArrayList<>();
        long cutoff = now - options.holdBack().toNanos();
        while (out.size() < BATCH) {
            int best = -1;
            boolean blocked = false;
            for (int i = 0; i < readers.size(); i++) {
                ArrayDeque<RawLine> q = pending.get(i);
                if (q.isEmpty()) {
                    if (!finished[i]) {
                        blocked = true;
                    }
                    continue;
                }
                if (best < 0 || q.peek().epochNanos() < pending.get(best).peek().epochNanos()) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            if (blocked && !(options.follow() && arrivals.get(best).peek() <= cutoff)) {
                break;
            }
            out.add(pending.get(best).poll());
            arrivals.get(best).poll();
        }
        return out;
    }

    private boolean anyPending() {
        for (ArrayDeque<RawLine> q : pending) {
            if (!q.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean allFinished() {
        for (boolean f : finished) {
            if (!f) {
                return false;
            }
        }
        return true;
    }
}
