package io.pilothouse.core.logs;

/**
 * A line on its way from the engine to the buffer: the index of its source in the feed, the stream,
 * the engine's timestamp (ns since the epoch) and the text as the engine sent it (UTF-8, no newline).
 */
public record RawLine(int source, LogStream stream, long epochNanos, byte[] text) {
}
