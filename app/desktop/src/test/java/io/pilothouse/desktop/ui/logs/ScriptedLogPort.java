package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LineSink;
import io.pilothouse.core.logs.LogOptions;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.logs.RawLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** A log source that hands the view the lines a test gives it: pure view logic, no engine. */
final class ScriptedLogPort implements LogPort {

    final List<LogOptions> started = new ArrayList<>();
    LineSink sink;
    boolean closed;
    final List<String> whole = new ArrayList<>();

    @Override
    public AutoCloseable start(LogOptions options, LineSink sink) {
        started.add(options);
        this.sink = sink;
        return () -> closed = true;
    }

    void emit(int source, LogStream stream, long nanos, String... texts) {
        List<RawLine> batch = new ArrayList<>();
        for (String t : texts) {
            batch.add(new RawLine(source, stream, nanos++, t.getBytes(StandardCharsets.UTF_8)));
        }
        sink.accept(batch);
    }

    @Override
    public long download(Path file, boolean timestamps, LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        Files.write(file, whole);
        progress.accept(whole.size());
        return whole.size();
    }
}
