package io.pilothouse.core.terminal;

/** A finished command in a container: its exit code (-1 when Docker did not say), stdout and stderr. */
public record ExecResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }
}
