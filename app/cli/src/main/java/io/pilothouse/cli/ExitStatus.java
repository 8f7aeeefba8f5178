package io.pilothouse.cli;

/** The process exit codes of the pilothouse command, the same for every subcommand. */
public enum ExitStatus {
    /** Done. */
    OK(0),
    /** Something went wrong that is not one of the cases below. */
    FAILED(1),
    /** Bad usage or input: unknown option, missing argument, invalid address or name. */
    USAGE(2),
    /** Refused, nothing was done: a production host not confirmed, or another plan holds the host (code 2 too). */
    REFUSED(2),
    /** The host could not be reached, trusted or authenticated. */
    HOST_UNREACHABLE(3),
    /** The operation failed and everything it had changed was undone. */
    FAILED_UNDONE(4),
    /** The operation failed and could not be fully undone. */
    FAILED_NOT_UNDONE(5),
    /** A plan was cancelled (Ctrl-C) and what it had done was undone. */
    CANCELLED(130);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
