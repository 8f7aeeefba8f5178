package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LineSink;
import io.pilothouse.core.logs.LogOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** Where a log view's lines come from: a stream it starts and cancels, and the whole log for a download. */
public interface LogPort {

    /** Starts reading into {@code sink}; closing the result ends the stream. */
    AutoCloseable start(LogOptions options, LineSink sink);

    /** Writes the whole log to {@code file}; returns the lines written. */
    long download(Path file, boolean timestamps, LongConsumer progress, BooleanSupplier cancelled) throws IOException;
}
