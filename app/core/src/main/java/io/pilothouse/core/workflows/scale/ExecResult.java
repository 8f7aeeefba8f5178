package io.pilothouse.core.workflows.scale;

/** How a command run in a container ended: its exit code (-1 when it did not end in time) and the tail of its output. */
public record ExecResult(int exitCode, String output) {

    public boolean ok() {
        return exitCode == 0;
    }
}
