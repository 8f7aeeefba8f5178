package io.pilothouse.core.terminal;

/** How a maintenance session ended, as journaled. */
public enum MaintenanceEnd {
    SHELL_EXITED("the shell exited"),
    TAB_CLOSED("the terminal was closed"),
    APP_QUIT("the app quit"),
    COMMAND_ENDED("the command ended"),
    LEASE_LAPSED("the holder let go (no heartbeat within the lease, or the connection dropped)"),
    FAILED("the shell could not start"),
    LEASE_EXPIRED_AFTER_APP_ENDED("the lease expired after the app ended");

    private final String sentence;

    MaintenanceEnd(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
