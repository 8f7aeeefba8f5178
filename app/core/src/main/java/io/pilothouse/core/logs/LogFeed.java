package io.pilothouse.core.logs;

import io.pilothouse.core.host.HostSession;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The tasks of a swarm service are sources of their own, added as the service's log names them:
 * the sink hears of each ({@link LineSink#sourceAdded}) before it gets a line of it, and their lines
 * are merged in timestamp order like those of separate containers.
 */
public final class LogFeed implements AutoCloseable {

    static final int MAX_PENDING = 50_000;
    private static final int BATCH = 8192;

    private final List<SourceReader> readers = new ArrayList<>();
    /** Per source (the given ones, then the tasks as they came): its lines not yet handed on, when they arrived, its reader. */
    private final List<ArrayDeque<RawLine>> pending = new ArrayList<>();
    private final List<ArrayDeque<Long>> arrivals = new ArrayList<>();
    private final List<Integer> readerOf = new ArrayList<>();
    private final int[] pendingOfReader;
    private final boolean[] finished;
    private final Map<String, Integer> taskSources = new HashMap<>();
    private final List<LogSource> added = new ArrayList<>();
    private int announced;
    private final LineSink sink;
    private final LogOptions options;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private final Thread merger;

    private LogFeed(List<LogSource> sources, Supplier<? extends HostSession> sessions, LogOptions options,
                    LineSink sink) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Logs of nothing: give at least one container or service.");
        }
        this.sink = sink;
        this.options = options;
        this.finished = new boolean[sources.size()];
        this.pendingOfReader = new int[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            readers.add(new SourceReader(i, sources.get(i), sessions, options, this));
            pending.add(new ArrayDeque<>());
            arrivals.add(new ArrayDeque<>());
            readerOf.add(i);
        }
        merger = new Thread(this::merge, "logs-merge");
        merger.setDaemon(true);
    }

    /**
     * Starts reading. Source {@code i} of the list gives lines with source index {@code i}, the same
     * order as the buffer's sources.
     */
    public static LogFeed start(List<LogSource> sources, Supplier<? extends HostSession> sessions, LogOptions options,
                                LineSink sink) {
        LogFeed feed = new LogFeed(sources, sessions, options, sink);
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

    /** Lines of reader {@code reader}, each for its own source (the reader's, or one of its tasks). */
    void offer(int reader, List<RawLine> lines) {
        long now = System.nanoTime();
        synchronized (lock) {
            while (!cancelled && pendingOfReader[reader] > MAX_PENDING) {
                try {
                    lock.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            boolean merging = pending.size() > 1;
            for (RawLine line : lines) {
                pending.get(line.source()).add(line);
                if (merging) {
                    arrivals.get(line.source()).add(now);
                }
            }
            pendingOfReader[reader] += lines.size();
            lock.notifyAll();
        }
    }

    /**
     * The index of the task source {@code task} of reader {@code reader}'s service, added when new; a
     * task that starts again in the same slot keeps its source.
     */
    int taskSource(int reader, LogSource task) {
        synchronized (lock) {
            return taskSources.computeIfAbsent(reader + "/" + task.name(), key -> {
                int index = pending.size();
                boolean wasMerging = index > 1;
                pending.add(new ArrayDeque<>());
                arrivals.add(new ArrayDeque<>());
                readerOf.add(reader);
                added.add(task);
                if (!wasMerging) {
                    // merging starts now: lines already waiting count as just arrived
                    long now = System.nanoTime();
                    for (int i = 0; i < index; i++) {
                        ArrayDeque<Long> a = arrivals.get(i);
                        a.clear();
                        for (int k = 0; k < pending.get(i).size(); k++) {
                            a.add(now);
                        }
                    }
                }
                return index;
            });
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
                List<LogSource> newSources;
                int firstNew;
                boolean over;
                synchronized (lock) {
                    if (!cancelled && !anyPending() && !allFinished()) {
                        lock.wait(pending.size() > 1 ? 50 : 200);
                    }
                    if (cancelled) {
                        break;
                    }
                    batch = pending.size() == 1 ? drainSingle() : drainMerged(System.nanoTime());
                    for (RawLine line : batch) {
                        pendingOfReader[readerOf.get(line.source())]--;
                    }
                    firstNew = readers.size() + announced;
                    newSources = List.copyOf(added.subList(announced, added.size()));
                    announced = added.size();
                    over = allFinished() && !anyPending();
                    lock.notifyAll();
                }
                for (int i = 0; i < newSources.size(); i++) {
                    sink.sourceAdded(firstNew + i, newSources.get(i));
                }
                if (!batch.isEmpty()) {
                    sink.accept(batch);
                }
                if (over) {
                    break;
                }
                if (batch.isEmpty() && pending.size() > 1) {
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
            for (int i = 0; i < pending.size(); i++) {
                ArrayDeque<RawLine> q = pending.get(i);
                if (q.isEmpty()) {
                    if (!finished[readerOf.get(i)] && !(i < readers.size() && hasTasks(i))) {
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

    /** Whether reader {@code reader}'s lines go to task sources (its own source then only gets its markers). */
    private boolean hasTasks(int reader) {
        for (int i = readers.size(); i < readerOf.size(); i++) {
            if (readerOf.get(i) == reader) {
                return true;
            }
        }
        return false;
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
