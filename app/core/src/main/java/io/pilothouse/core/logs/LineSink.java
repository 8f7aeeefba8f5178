package io.pilothouse.core.logs;

import java.util.List;

/** Takes lines in batches, in the order they are to be shown. Called on a reader thread. */
@FunctionalInterface
public interface LineSink {

    void accept(List<RawLine> batch);

    /**
     * A source that was not in the list the feed started with (a task of a swarm service, as its log
     * names it), with the index its lines carry; told before any of its lines.
     */
    default void sourceAdded(int index, LogSource source) {
    }
}
