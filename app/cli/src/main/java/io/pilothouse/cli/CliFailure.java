package io.pilothouse.cli;

/** A command failed with a sentence for stderr and the exit status to end with. */
public class CliFailure extends RuntimeException {

    private final ExitStatus status;

    public CliFailure(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }
}
