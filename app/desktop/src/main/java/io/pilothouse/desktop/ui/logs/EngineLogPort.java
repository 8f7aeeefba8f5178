package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.logs.LineSink;
import io.pilothouse.core.logs.LogDownload;
import io.pilothouse.core.logs.LogFeed;
import io.pilothouse.core.logs.LogOptions;
import io.pilothouse.core.logs.LogSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** The logs of some containers or services of a host, through its current docker client. */
public record EngineLogPort(List<LogSource> sources, Supplier<? extends HostSession> sessions) implements LogPort {

    @Override
    public AutoCloseable start(LogOptions options, LineSink sink) {
        return LogFeed.start(sources, sessions, options, sink);
    }

    @Override
    public long download(Path file, boolean timestamps, LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        return LogDownload.download(sources, sessions, file, timestamps, progress, cancelled);
    }
}
