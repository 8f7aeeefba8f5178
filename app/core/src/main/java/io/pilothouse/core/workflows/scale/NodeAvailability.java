package io.pilothouse.core.workflows.scale;

import java.util.Locale;

/** What a swarm node takes: new tasks (active), none but it keeps its own (pause), none at all (drain). */
public enum NodeAvailability {
    ACTIVE, PAUSE, DRAIN;

    public String engineName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "active", "activate", "pause", "drain" in any case; an {@link IllegalArgumentException} with a sentence otherwise. */
    public static NodeAvailability parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "active", "activate" -> ACTIVE;
            case "pause", "paused" -> PAUSE;
            case "drain", "drained" -> DRAIN;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not a node availability: use active, pause or drain");
        };
    }
}
