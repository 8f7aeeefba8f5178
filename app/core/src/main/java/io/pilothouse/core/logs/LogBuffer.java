package io.pilothouse.core.logs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The lines of one log view, bounded: a ring of at most {@code capacity} lines; when it is full the
 * oldest line goes for each new one and {@link #dropped()} counts them. Each line is kept as its
 * UTF-8 bytes plus a timestamp and a few bits (source, stream): about 120 bytes for a line of 100
 * characters, so a million lines take about 130 MB. Lines are numbered by a sequence that never
 * restarts; a line is reached by its sequence while it is still in the ring.
 * Safe for one writer (the reader thread) and any number of readers (the view).
 */
public final class LogBuffer implements LineSink {

    public static final int DEFAULT_CAPACITY = 1_000_000;
    private static final int INITIAL = 1024;
    private static final int CHUNK = 16_384;

    private final List<LogSource> sources;
    /** A feed's source index to the buffer's (the same but for sources a feed added). */
    private int[] remap;
    private final int capacity;
    private byte[][] texts = new byte[INITIAL][];
    private long[] nanos = new long[INITIAL];
    private byte[] meta = new byte[INITIAL];
    private int[] sourceOf = new int[INITIAL];
    private long first;
    private long next;
    private long dropped;
    private long bytes;

    public LogBuffer(List<LogSource> sources, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A log buffer holds at least one line, not " + capacity);
        }
        this.sources = new ArrayList<>(sources);
        this.capacity = capacity;
        this.remap = new int[sources.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = i;
        }
    }

    public LogBuffer(List<LogSource> sources) {
        this(sources, DEFAULT_CAPACITY);
    }

    public synchronized List<LogSource> sources() {
        return List.copyOf(sources);
    }

    public int capacity() {
        return capacity;
    }

    /**
     * A source the feed found on the way (a service's task): added to the sources unless the buffer
     * has it already (from an earlier feed, which may have numbered it otherwise); the feed's lines
     * with {@code index} go to it from now on.
     */
    @Override
    public synchronized void sourceAdded(int index, LogSource source) {
        if (index < 0) {
            throw new IllegalArgumentException("No source with index " + index);
        }
        int own = -1;
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).kind() == source.kind() && sources.get(i).name().equals(source.name())) {
                own = i;
                break;
            }
        }
        if (own < 0) {
            own = sources.size();
            sources.add(source);
        }
        if (index >= remap.length) {
            int old = remap.length;
            remap = Arrays.copyOf(remap, Math.max(index + 1, old * 2));
            for (int i = old; i < remap.length; i++) {
                remap[i] = i;
            }
        }
        remap[index] = own;
    }

    @Override
    public synchronized void accept(List<RawLine> batch) {
        for (RawLine line : batch) {
            append(line);
        }
    }

    public synchronized void append(RawLine line) {
        Objects.requireNonNull(line, "line");
        int source = line.source() >= 0 && line.source() < remap.length ? remap[line.source()] : -1;
        if (source < 0 || source >= sources.size()) {
            throw new IllegalArgumentException("No source with index " + line.source());
        }
        if (next - first == capacity) {
            int slot = slot(first);
            bytes -= texts[slot].length;
            texts[slot] = null;
            first++;
            dropped++;
        } else if (next - first == texts.length) {
            grow();
        }
        int slot = slot(next);
        texts[slot] = line.text();
        nanos[slot] = line.epochNanos();
        meta[slot] = (byte) line.stream().ordinal();
        sourceOf[slot] = source;
        bytes += line.text().length;
        next++;
    }

    /** Sequence of the oldest line still held. */
    public synchronized long firstSequence() {
        return first;
    }

    /** Sequence the next line will get. */
    public synchronized long nextSequence() {
        return next;
    }

    public synchronized int size() {
        return (int) (next - first);
    }

    /** How many of the oldest lines went to make room (clearing does not count). */
    public synchronized long dropped() {
        return dropped;
    }

    /** Bytes of text held (UTF-8). */
    public synchronized long textBytes() {
        return bytes;
    }

    /** Forgets every line held; sequences go on. */
    public synchronized void clear() {
        for (long s = first; s < next; s++) {
            texts[slot(s)] = null;
        }
        first = next;
        bytes = 0;
    }

    public synchronized boolean holds(long sequence) {
        return sequence >= first && sequence < next;
    }

    /** The line with this sequence, or null once it has gone. */
    public synchronized LogLine line(long sequence) {
        if (!holds(sequence)) {
            return null;
        }
        int slot = slot(sequence);
        return new LogLine(sequence, sources.get(sourceOf[slot]), LogStream.values()[meta[slot]], nanos[slot],
                new String(texts[slot], StandardCharsets.UTF_8));
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), those still held. */
    public synchronized List<LogLine> lines(long from, long to) {
        long a = Math.max(from, first);
        long b = Math.min(to, next);
        List<LogLine> out = new ArrayList<>((int) Math.max(0, b - a));
        for (long s = a; s < b; s++) {
            out.add(line(s));
        }
        return out;
    }

    public synchronized long epochNanos(long sequence) {
        return holds(sequence) ? nanos[slot(sequence)] : EngineTimestamp.NONE;
    }

    /**
     * The next line from {@code from} on (forward) or before it (backward) that matches, or -1.
     * Wraps around neither end. The lines are taken a chunk at a time and matched outside the lock
     * (the reader goes on appending meanwhile), the chunks of a batch on all processors at once; the
     * hit nearest {@code from} wins.
     */
    public long find(LineMatcher matcher, long from, boolean forward) {
        int workers = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        long at = from;
        while (true) {
            long lo;
            long hi;
            byte[][] batch;
            synchronized (this) {
                if (forward) {
                    lo = Math.max(at, first);
                    hi = Math.min(next, lo + (long) CHUNK * workers);
                } else {
                    hi = Math.min(at + 1, next);
                    lo = Math.max(first, hi - (long) CHUNK * workers);
                }
                if (lo >= hi) {
                    return -1;
                }
                batch = snapshot(lo, hi);
            }
            long base = lo;
            int n = batch.length;
            int parts = (n + CHUNK - 1) / CHUNK;
            long hit = (parts == 1 ? java.util.stream.IntStream.range(0, 1) : java.util.stream.IntStream.range(0, parts).parallel())
                    .mapToLong(p -> {
                        int a = p * CHUNK;
                        int b = Math.min(n, a + CHUNK);
                        if (forward) {
                            for (int i = a; i < b; i++) {
                                if (batch[i] != null && matcher.matches(batch[i])) {
                                    return base + i;
                                }
                            }
                        } else {
                            for (int i = b - 1; i >= a; i--) {
                                if (batch[i] != null && matcher.matches(batch[i])) {
                                    return base + i;
                                }
                            }
                        }
                        return -1;
                    })
                    .filter(v -> v >= 0)
                    .reduce(-1, (x, y) -> x < 0 ? y : y < 0 ? x : forward ? Math.min(x, y) : Math.max(x, y));
            if (hit >= 0) {
                return hit;
            }
            at = forward ? hi : lo - 1;
        }
    }

    /** Sequences of every line from {@code from} on that matches, in order; matched a chunk at a time outside the lock. */
    public long[] matching(LineMatcher matcher, long from) {
        long[] out = new long[64];
        int n = 0;
        long at = from;
        while (true) {
            long lo;
            byte[][] chunk;
            synchronized (this) {
                lo = Math.max(at, first);
                long hi = Math.min(next, lo + CHUNK);
                if (lo >= hi) {
                    return Arrays.copyOf(out, n);
                }
                chunk = snapshot(lo, hi);
            }
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] != null && matcher.matches(chunk[i])) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = lo + i;
                }
            }
            at = lo + chunk.length;
        }
    }

    /** The texts of lines lo..hi (held), markers left out as null; call with the lock held. */
    private byte[][] snapshot(long lo, long hi) {
        byte[][] out = new byte[(int) (hi - lo)][];
        for (long s = lo; s < hi; s++) {
            int slot = slot(s);
            if (meta[slot] != LogStream.MARKER.ordinal()) {
                out[(int) (s - lo)] = texts[slot];
            }
        }
        return out;
    }

    /** The first line stamped at or after this time (lines are in time order), or the next sequence when none is. */
    public synchronized long sequenceAt(long epochNanos) {
        long lo = first;
        long hi = next;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (nanos[slot(mid)] < epochNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Writes the lines held, one a line, to {@code out}: with the source's name in front when the
     * buffer has several sources, with the engine's timestamp when asked. Reports the lines written.
     */
    public void writeTo(OutputStream out, boolean timestamps, LongConsumer progress, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        long from = firstSequence();
        long written = 0;
        boolean tagged = sources().size() > 1;
        while (!cancelled.getAsBoolean()) {
            List<LogLine> chunk = lines(Math.max(from, firstSequence()), Math.max(from, firstSequence()) + 4096);
            if (chunk.isEmpty()) {
                break;
            }
            StringBuilder sb = new StringBuilder(chunk.size() * 120);
            for (LogLine l : chunk) {
                if (tagged) {
                    sb.append(l.source().name()).append(" | ");
                }
                if (timestamps) {
                    sb.append(EngineTimestamp.format(l.epochNanos())).append(' ');
                }
                sb.append(l.text()).append('\n');
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            written += chunk.size();
            from = chunk.get(chunk.size() - 1).sequence() + 1;
            progress.accept(written);
        }
    }

    private int slot(long sequence) {
        return (int) (sequence % texts.length);
    }

    private void grow() {
        int length = (int) Math.min((long) capacity, Math.max(INITIAL, (long) texts.length * 2));
        byte[][] t = new byte[length][];
        long[] n = new long[length];
        byte[] m = new byte[length];
        int[] so = new int[length];
        // re-slot every held line for the new length
        for (long s = first; s < next; s++) {
            int from = slot(s);
            int to = (int) (s % length);
            t[to] = texts[from];
            n[to] = nanos[from];
            m[to] = meta[from];
            so[to] = sourceOf[from];
        }
        texts = t;
        nanos = n;
        meta = m;
        sourceOf = so;
    }
}
