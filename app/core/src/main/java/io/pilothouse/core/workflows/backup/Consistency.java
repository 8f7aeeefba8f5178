package io.pilothouse.core.workflows.backup;

import java.util.Locale;

/** How a volume is kept still while it is copied: not at all, its users paused, or its users stopped. */
public enum Consistency {
    HOT, PAUSE, STOP;

    public static Consistency fromWord(String word) {
        if (word == null) {
            return HOT;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "hot" -> HOT;
            case "pause" -> PAUSE;
            case "stop" -> STOP;
            default -> throw new IllegalArgumentException("Unknown consistency mode \"" + word
                    + "\": use hot, pause or stop.");
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
