package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.AnsiText;
import io.pilothouse.core.logs.LineMatcher;
import io.pilothouse.core.logs.LogDownload;
import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogOptions;
import io.pilothouse.core.logs.LogQuery;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.logs.LogTime;
import io.pilothouse.core.logs.EngineTimestamp;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A log view's state and commands. Lines stream into a bounded {@link LogBuffer} on a reader
 * thread; {@link #refresh()}, called by the view once per frame, tells the rows what came and went
 * (nothing while paused). Search, filter, save and download run on {@code io}; their results come
 * back through {@code ui}.
 */
public final class LogViewModel {

    private final LogBuffer buffer;
    private final LogPort port;
    private final Executor io;
    private final Executor ui;
    private AutoCloseable feed;
    private final AtomicBoolean transferCancelled = new AtomicBoolean();

    private final ObjectProperty<LogRows> rows = new SimpleObjectProperty<>();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty timestamps = new SimpleBooleanProperty(true);
    private final BooleanProperty wrap = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(false);
    private final BooleanProperty filterOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<LineMatcher> highlight = new SimpleObjectProperty<>();
    private final StringProperty tail = new SimpleStringProperty("");
    private final StringProperty since = new SimpleStringProperty("");
    private final StringProperty jumpTo = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty transferring = new SimpleBooleanProperty(false);
    private long selectedSequence = -1;

    public LogViewModel(LogBuffer buffer, LogPort port, Executor io, Executor ui) {
        this.buffer = buffer;
        this.port = port;
        this.io = io;
        this.ui = ui;
        rows.set(LogRows.all(buffer));
        query.addListener((o, a, b) -> queryChanged());
        regex.addListener((o, a, b) -> queryChanged());
        caseSensitive.addListener((o, a, b) -> queryChanged());
        filterOnly.addListener((o, a, b) -> applyFilter());
    }

    /** Starts reading with the tail and since fields; a second call reads again from scratch. */
    public void start() {
        LogOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        stopFeed();
        buffer.clear();
        rows.set(rows.get().filtered() ? LogRows.only(buffer, new long[0], buffer.nextSequence()) : LogRows.all(buffer));
        feed = port.start(options, buffer);
        refresh();
    }

    LogOptions options() {
        String t = tail.get() == null ? "" : tail.get().strip();
        Integer n = null;
        if (!t.isEmpty() && !t.equalsIgnoreCase("all")) {
            try {
                n = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Tail takes a number of lines (or \"all\"), not \"" + t + "\".");
            }
            if (n < 0) {
                throw new IllegalArgumentException("Tail takes a number of lines, 0 or more, not " + n + ".");
            }
        }
        String s = since.get() == null ? "" : since.get().strip();
        Long from = s.isEmpty() ? null : LogTime.parse(s, Instant.now(), ZoneId.systemDefault());
        return new LogOptions(true, n, from, null);
    }

    /** Called once per frame on the JavaFX thread: takes in new and dropped lines unless paused. */
    public void refresh() {
        long dropped = buffer.dropped();
        notice.set(dropped == 0 ? "" : String.format(Locale.ROOT, "%,d oldest lines dropped (the view keeps the last %,d)",
                dropped, buffer.capacity()));
        if (paused.get()) {
            status.set(String.format(Locale.ROOT, "paused · %,d lines buffered", buffer.size()));
            return;
        }
        LogRows r = rows.get();
        if (r.filtered()) {
            LineMatcher m = highlight.get();
            long next = buffer.nextSequence();
            long[] more = m == null ? new long[0] : buffer.matching(m, r.scannedTo());
            r.sync(more, next);
        } else {
            r.sync(null, 0);
        }
        int sources = buffer.sources().size();
        status.set(String.format(Locale.ROOT, "%,d lines%s%s", buffer.size(),
                r.filtered() ? String.format(Locale.ROOT, " · %,d matching", r.size()) : "",
                sources > 1 ? " · " + sources + " sources merged by time" : ""));
    }

    private void queryChanged() {
        String text = query.get() == null ? "" : query.get();
        LogQuery q = new LogQuery(text, regex.get(), caseSensitive.get());
        String bad = q.problem();
        problem.set(bad == null ? "" : bad);
        highlight.set(bad != null || q.isEmpty() ? null : q.matcher());
        applyFilter();
    }

    private void applyFilter() {
        LineMatcher m = highlight.get();
        if (!filterOnly.get() || m == null) {
            if (rows.get().filtered()) {
                rows.set(LogRows.all(buffer));
            }
            return;
        }
        long scanned = buffer.nextSequence();
        io.execute(() -> {
            long[] found = buffer.matching(m, buffer.firstSequence());
            long[] head = java.util.Arrays.stream(found).filter(s -> s < scanned).toArray();
            ui.execute(() -> {
                if (m == highlight.get() && filterOnly.get()) {
                    rows.set(LogRows.only(buffer, head, scanned));
                    refresh();
                }
            });
        });
    }

    public void findNext() {
        find(true);
    }

    public void findPrevious() {
        find(false);
    }

    private void find(boolean forward) {
        LineMatcher m = highlight.get();
        if (m == null) {
            return;
        }
        long from = selectedSequence < 0 ? (forward ? buffer.firstSequence() : buffer.nextSequence() - 1)
                : forward ? selectedSequence + 1 : selectedSequence - 1;
        io.execute(() -> {
            long hit = buffer.find(m, from, forward);
            ui.execute(() -> {
                if (hit < 0) {
                    problem.set("No " + (forward ? "later" : "earlier") + " line matches \"" + query.get() + "\".");
                    return;
                }
                problem.set("");
                follow.set(false);
                select(hit);
            });
        });
    }

    /** Selects the first line at or after the time typed in the jump field. */
    public void jump() {
        long at;
        try {
            at = LogTime.parse(jumpTo.get(), Instant.now(), ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        long seq = buffer.sequenceAt(at);
        if (seq >= buffer.nextSequence()) {
            problem.set("No line is stamped at or after " + EngineTimestamp.format(at) + ".");
            return;
        }
        problem.set("");
        follow.set(false);
        select(seq);
    }

    private void select(long sequence) {
        refresh();
        selectedSequence = sequence;
        int row = rows.get().indexOf(sequence);
        selectedRow.set(-1);
        selectedRow.set(row);
    }

    /** The view's selection changed: later searches start from there. */
    public void selectionMoved(int row) {
        LogRows r = rows.get();
        selectedSequence = row >= 0 && row < r.size() ? r.sequence(row) : -1;
    }

    /** Forgets the lines loaded; the stream goes on. */
    public void clear() {
        buffer.clear();
        selectedSequence = -1;
        refresh();
    }

    /** The text to copy for these lines, one a line (source and timestamp as shown). */
    public String copyText(List<LogLine> lines) {
        boolean tagged = buffer.sources().size() > 1;
        return lines.stream().filter(l -> l != null).map(l -> (tagged && l.stream() != LogStream.MARKER ? l.source().name() + " | " : "")
                + (timestamps.get() ? EngineTimestamp.format(l.epochNanos()) + " " : "")
                + AnsiText.strip(l.text())).collect(Collectors.joining("\n", "", "\n"));
    }

    public void save(Path file) {
        transfer("Saving", file, () -> LogDownload.save(buffer, file, timestamps.get(),
                n -> report("Saving", n, buffer.size()), transferCancelled::get));
    }

    public void download(Path file) {
        transfer("Downloading", file, () -> port.download(file, timestamps.get(),
                n -> report("Downloading", n, -1), transferCancelled::get));
    }

    public void cancelTransfer() {
        transferCancelled.set(true);
    }

    private interface Transfer {
        long run() throws Exception;
    }

    private void transfer(String verb, Path file, Transfer work) {
        if (transferring.get()) {
            return;
        }
        transferCancelled.set(false);
        transferring.set(true);
        progress.set(-1);
        progressText.set(verb + " to " + file.getFileName() + "…");
        io.execute(() -> {
            String outcome;
            try {
                long n = work.run();
                outcome = transferCancelled.get() ? verb + " cancelled; nothing was written."
                        : String.format(Locale.ROOT, "%,d lines written to %s", n, file);
            } catch (Exception e) {
                outcome = verb + " failed: " + e.getMessage();
            }
            String done = outcome;
            ui.execute(() -> {
                transferring.set(false);
                progress.set(transferCancelled.get() ? 0 : 1);
                progressText.set(done);
            });
        });
    }

    private void report(String verb, long lines, long total) {
        ui.execute(() -> {
            progress.set(total > 0 ? Math.min(1, lines / (double) total) : -1);
            progressText.set(String.format(Locale.ROOT, "%s… %,d lines", verb, lines));
        });
    }

    /** The colour of a source's tag. */
    public String colourOf(LogSource source) {
        return SourceColours.of(buffer.sources().indexOf(source));
    }

    public boolean merged() {
        return buffer.sources().size() > 1;
    }

    /** The width of the source tags (the longest source name), or 0 when lines are not tagged (one source). */
    public int tagWidth() {
        List<LogSource> sources = buffer.sources();
        return sources.size() < 2 ? 0 : sources.stream().mapToInt(s -> s.name().length()).max().orElse(0);
    }

    public void dispose() {
        transferCancelled.set(true);
        stopFeed();
    }

    private void stopFeed() {
        if (feed != null) {
            try {
                feed.close();
            } catch (Exception ignored) {
                // the stream was already gone
            }
            feed = null;
        }
    }

    public LogBuffer buffer() { return buffer; }
    public ObjectProperty<LogRows> rowsProperty() { return rows; }
    public BooleanProperty followProperty() { return follow; }
    public BooleanProperty timestampsProperty() { return timestamps; }
    public BooleanProperty wrapProperty() { return wrap; }
    public BooleanProperty pausedProperty() { return paused; }
    public StringProperty queryProperty() { return query; }
    public BooleanProperty regexProperty() { return regex; }
    public BooleanProperty caseSensitiveProperty() { return caseSensitive; }
    public BooleanProperty filterOnlyProperty() { return filterOnly; }
    public ObjectProperty<LineMatcher> highlightProperty() { return highlight; }
    public StringProperty tailProperty() { return tail; }
    public StringProperty sinceProperty() { return since; }
    public StringProperty jumpToProperty() { return jumpTo; }
    public StringProperty statusProperty() { return status; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty problemProperty() { return problem; }
    public IntegerProperty selectedRowProperty() { return selectedRow; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty progressTextProperty() { return progressText; }
    public BooleanProperty transferringProperty() { return transferring; }
}
