package io.pilothouse.core.containers;

import java.util.Locale;

/** What can be done to a container from the inventory. Each is journaled as "container." + {@link #word()}. */
public enum ContainerAction {
    START("start", false),
    STOP("stop", true),
    RESTART("restart", true),
    PAUSE("pause", true),
    UNPAUSE("unpause", false),
    KILL("kill", true),
    REMOVE("rm", true);

    private final String word;
    private final boolean destructive;

    ContainerAction(String word, boolean destructive) {
        this.word = word;
        this.destructive = destructive;
    }

    /** The CLI verb and the journal event's suffix: start, stop, restart, pause, unpause, kill, rm. */
    public String word() {
        return word;
    }

    /** The journal event: "container.stop" and so on. */
    public String journalEvent() {
        return "container." + word;
    }

    /** Whether it interrupts or destroys something (all but start and unpause). */
    public boolean destructive() {
        return destructive;
    }

    public static ContainerAction fromWord(String word) {
        for (ContainerAction a : values()) {
            if (a.word.equalsIgnoreCase(word) || a.name().equalsIgnoreCase(word)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown container action '" + word + "': expected one of "
                + "start, stop, restart, pause, unpause, kill, rm");
    }

    /** "stop 3 containers" and so on, for prompts and journal summaries. */
    public String describe(int count) {
        String verb = this == REMOVE ? "remove" : word;
        return verb + " " + count + (count == 1 ? " container" : " containers");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
