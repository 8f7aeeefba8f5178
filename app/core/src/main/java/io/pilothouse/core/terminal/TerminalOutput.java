package io.pilothouse.core.terminal;

/** Where a terminal session's output goes, on the session's reader thread. */
public interface TerminalOutput {

    /** Raw bytes from the process (a TTY mixes stdout and stderr); may split UTF-8 sequences. */
    void bytes(byte[] data, int offset, int length);

    /** Bytes from stderr, for a session without a TTY. */
    default void errorBytes(byte[] data, int offset, int length) {
        bytes(data, offset, length);
    }

    /** The process ended ({@code exitCode} null when unknown) or the stream broke ({@code failure} not null). */
    void ended(Integer exitCode, Throwable failure);
}
