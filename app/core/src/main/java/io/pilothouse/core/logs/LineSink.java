package io.pilothouse.core.logs;

import java.util.List;

/** Takes lines in batches, in the order they are to be shown. Called on a reader thread. */
@FunctionalInterface
public interface LineSink {

    void accept(List<RawLine> batch);
}
