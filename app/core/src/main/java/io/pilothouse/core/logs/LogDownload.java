package io.pilothouse.core.logs;

import io.pilothouse.core.host.HostSession;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Writes logs to a file: the whole log as the engine holds it (read again, not followed, merged in
 * timestamp order for several sources), or what a buffer has loaded. The file appears complete or
 * not at all: it is written beside the target and moved into place at the end; a cancelled or
 * failed download leaves nothing.
 */
public final class LogDownload {

    private LogDownload() {
    }

    /** Reads the whole log of the sources from the engine into {@code file}; reports lines written. */
    public static long download(List<LogSource> sources, Supplier<? extends HostSession> sessions, Path file, boolean timestamps,
                                LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        Path part = partFile(file);
        SourceNames names = new SourceNames(sources);
        long[] written = {0};
        IOException[] failure = {null};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            LogFeed feed = LogFeed.start(sources, sessions, LogOptions.all(), new LineSink() {
                @Override
                public void sourceAdded(int index, LogSource source) {
                    names.add(index, source);
                }

                @Override
                public void accept(List<RawLine> batch) {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        for (RawLine l : batch) {
                            if (l.stream() == LogStream.MARKER) {
                                continue;
                            }
                            if (names.tagged()) {
                                out.write((names.name(l.source()) + " | ").getBytes(StandardCharsets.UTF_8));
                            }
                            if (timestamps) {
                                out.write((EngineTimestamp.format(l.epochNanos()) + " ").getBytes(StandardCharsets.US_ASCII));
                            }
                            out.write(l.text());
                            out.write('\n');
                            written[0]++;
                        }
                        progress.accept(written[0]);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            });
            try {
                while (!feed.done().isDone()) {
                    if (cancelled.getAsBoolean() || failure[0] != null) {
                        feed.cancel();
                        break;
                    }
                    Thread.sleep(50);
                }
                feed.done().join();
            } catch (InterruptedException e) {
                feed.cancel();
                Thread.currentThread().interrupt();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (failure[0] != null || cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            Files.deleteIfExists(part);
            if (failure[0] != null) {
                throw failure[0];
            }
            return written[0];
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written[0];
    }

    /** Writes the lines a buffer holds into {@code file}; reports lines written. */
    public static long save(LogBuffer buffer, Path file, boolean timestamps, LongConsumer progress,
                            BooleanSupplier cancelled) throws IOException {
        Path part = partFile(file);
        long[] written = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            buffer.writeTo(out, timestamps, n -> {
                written[0] = n;
                progress.accept(n);
            }, cancelled);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (cancelled.getAsBoolean()) {
            Files.deleteIfExists(part);
            return written[0];
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written[0];
    }

    private static Path partFile(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " does not exist.");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a folder; choose a file name.");
        }
        return dir.resolve("." + abs.getFileName() + ".part");
    }
}
