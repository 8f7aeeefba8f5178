package io.pilothouse.desktop.ui.inventory;

import java.time.Duration;

/** Uptime as a table shows it: "45s", "12m", "3h 20m", "5d 4h". */
public final class Uptime {

    private Uptime() {
    }

    public static String format(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long s = d.getSeconds();
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m";
        if (s < 86400) return (s / 3600) + "h " + (s % 3600 / 60) + "m";
        return (s / 86400) + "d " + (s % 86400 / 3600) + "h";
    }
}
