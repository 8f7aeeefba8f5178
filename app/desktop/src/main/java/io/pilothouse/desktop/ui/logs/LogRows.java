package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogLine;
import javafx.collections.ObservableListBase;

import java.util.Arrays;
import java.util.Collections;

/**
 * The rows a log view shows, as a list the virtual ListView reads: every line of the buffer, or
 * only the matching ones. Holds only sequence numbers (a range, or an array of matches); a line is
 * made when a cell asks for it. {@link #sync} brings it up to the buffer's state and tells the list
 * what was removed at the front (dropped, cleared) and added at the end.
 */
final class LogRows extends ObservableListBase<LogLine> {

    private final LogBuffer buffer;
    private long first;
    private long next;
    private long[] matches;
    private int matchCount;

    private LogRows(LogBuffer buffer, long[] matches, long next) {
        this.buffer = buffer;
        this.first = buffer.firstSequence();
        this.next = next;
        this.matches = matches;
        this.matchCount = matches == null ? 0 : matches.length;
    }

    /** Every line the buffer holds now; later lines come with {@link #sync}. */
    static LogRows all(LogBuffer buffer) {
        return new LogRows(buffer, null, buffer.nextSequence());
    }

    /** Only these lines (sequences in order), found among the lines before {@code scannedTo}. */
    static LogRows only(LogBuffer buffer, long[] matches, long scannedTo) {
        return new LogRows(buffer, matches, scannedTo);
    }

    @Override
    public LogLine get(int index) {
        long seq = sequence(index);
        LogLine line = buffer.line(seq);
        return line != null ? line : new LogLine(seq, buffer.sources().get(0), io.pilothouse.core.logs.LogStream.MARKER, 0, "");
    }

    @Override
    public int size() {
        return matches == null ? (int) (next - first) : matchCount;
    }

    long sequence(int index) {
        return matches == null ? first + index : matches[index];
    }

    /** The row showing this sequence, or the row of the first later one; -1 when there is none. */
    int indexOf(long sequence) {
        if (matches == null) {
            return sequence < first ? 0 : sequence >= next ? -1 : (int) (sequence - first);
        }
        int i = Arrays.binarySearch(matches, 0, matchCount, sequence);
        int at = i >= 0 ? i : -i - 1;
        return at < matchCount ? at : -1;
    }

    /** Identity: comparing element by element would make every line of the buffer. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    boolean filtered() {
        return matches != null;
    }

    /** The first sequence not yet looked at (filter) or shown (all). */
    long scannedTo() {
        return next;
    }

    /** Takes in what the buffer gained and lost since the last call; new matches come from {@code more}. */
    void sync(long[] more, long scannedTo) {
        long bufFirst = buffer.firstSequence();
        if (matches == null) {
            long bufNext = buffer.nextSequence();
            if (bufFirst > first) {
                int gone = (int) (Math.min(bufFirst, next) - first);
                first = bufFirst;
                if (next < first) {
                    next = first;
                }
                if (gone > 0) {
                    removed(gone);
                }
            }
            if (bufNext > next) {
                int from = size();
                next = bufNext;
                beginChange();
                nextAdd(from, size());
                endChange();
            }
            return;
        }
        int gone = 0;
        while (gone < matchCount && matches[gone] < bufFirst) {
            gone++;
        }
        if (gone > 0) {
            System.arraycopy(matches, gone, matches, 0, matchCount - gone);
            matchCount -= gone;
            removed(gone);
        }
        next = scannedTo;
        if (more.length > 0) {
            if (matchCount + more.length > matches.length) {
                matches = Arrays.copyOf(matches, Math.max(matches.length * 2, matchCount + more.length));
            }
            int from = matchCount;
            System.arraycopy(more, 0, matches, matchCount, more.length);
            matchCount += more.length;
            beginChange();
            nextAdd(from, matchCount);
            endChange();
        }
    }

    private void removed(int count) {
        beginChange();
        nextRemove(0, Collections.nCopies(count, (LogLine) null));
        endChange();
    }

}
