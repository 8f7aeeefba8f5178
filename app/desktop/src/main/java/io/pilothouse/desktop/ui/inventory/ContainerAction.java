package io.pilothouse.desktop.ui.inventory;

/** What can be done to the selected containers from the inventory. */
public enum ContainerAction {
    START("start", false),
    STOP("stop", true),
    RESTART("restart", true),
    PAUSE("pause", false),
    UNPAUSE("unpause", false),
    KILL("kill", true),
    REMOVE("remove", true),
    REMOVE_WITH_VOLUMES("remove with anonymous volumes", true);

    private final String verb;
    private final boolean destructive;

    ContainerAction(String verb, boolean destructive) {
        this.verb = verb;
        this.destructive = destructive;
    }

    /** The verb as a sentence uses it: "stop", "remove with anonymous volumes". */
    public String verb() {
        return verb;
    }

    /** Interrupts or deletes what runs: asks for a confirmation on every host, not only production. */
    public boolean destructive() {
        return destructive;
    }

    /** "Stopped", "Removed", for the result's title. */
    public String pastTense() {
        return switch (this) {
            case START -> "Started";
            case STOP -> "Stopped";
            case RESTART -> "Restarted";
            case PAUSE -> "Paused";
            case UNPAUSE -> "Unpaused";
            case KILL -> "Killed";
            case REMOVE, REMOVE_WITH_VOLUMES -> "Removed";
        };
    }
}
