package io.pilothouse.desktop.ui.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the history views write a time: local, to the second. */
final class HistoryTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private HistoryTimes() {
    }

    static String format(Instant t) {
        return FORMAT.format(t);
    }
}
