package io.pilothouse.core.workflows.upgrade;

/** How a whole platform is upgraded. */
public enum PlatformMode {
    /** One service at a time in dependency order, the rest staying up. */
    ROLLING,
    /** A maintenance window: stop the whole platform, then upgrade and start each service in dependency order. */
    WINDOW;

    public static PlatformMode parse(String text) {
        return switch (text) {
            case "rolling" -> ROLLING;
            case "window" -> WINDOW;
            default -> throw new IllegalArgumentException("The platform mode must be rolling or window, not \"" + text + "\"");
        };
    }
}
