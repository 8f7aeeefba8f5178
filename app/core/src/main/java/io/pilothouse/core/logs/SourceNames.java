package io.pilothouse.core.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a feed's lines are tagged with, by source index: the sources it started with, then the
 * tasks of a service as the feed adds them. Lines are tagged when there are several sources or a
 * service among them (its tasks are told apart). Used from the feed's sink, one thread.
 */
public final class SourceNames {

    private final List<LogSource> sources;
    private final boolean service;
    private int width;

    public SourceNames(List<LogSource> initial) {
        this.sources = new ArrayList<>(initial);
        this.service = initial.stream().anyMatch(s -> s.kind() == LogSourceKind.SERVICE);
        initial.forEach(s -> width = Math.max(width, s.name().length()));
    }

    /** Takes a source the feed added. */
    public void add(int index, LogSource source) {
        while (sources.size() <= index) {
            sources.add(null);
        }
        sources.set(index, source);
        width = Math.max(width, source.name().length());
    }

    public String name(int index) {
        LogSource s = index >= 0 && index < sources.size() ? sources.get(index) : null;
        return s == null ? "?" : s.name();
    }

    public boolean tagged() {
        return service || sources.size() > 1;
    }

    /** The longest name so far, for aligning the tags. */
    public int width() {
        return width;
    }
}
