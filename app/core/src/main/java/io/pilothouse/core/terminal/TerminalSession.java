package io.pilothouse.core.terminal;

import java.util.concurrent.CompletableFuture;

/** An interactive stream to a process: a shell in a container, a container's main process, a shell on the host. */
public interface TerminalSession {

    /** One line for a tab or a banner, e.g. "sh in web-1 (root)". */
    String title();

    /** Starts the process and the output pump; blocking until it runs. */
    void start(TerminalOutput output);

    /** Sends keystrokes or pasted text; ignored once ended or when the session is read-only. */
    void write(byte[] data);

    /** The window size in character cells. */
    void resize(int columns, int rows);

    boolean readOnly();

    /** Completes with the exit code (null when unknown) once the process ended. */
    CompletableFuture<Integer> exited();

    /** Ends the process this session started and says what happened; idempotent. */
    CloseReport close();
}
