package io.pilothouse.core.logs;

/** Where a log line came from: the container's stdout or stderr, or a line the viewer adds itself. */
public enum LogStream {
    STDOUT, STDERR, MARKER
}
