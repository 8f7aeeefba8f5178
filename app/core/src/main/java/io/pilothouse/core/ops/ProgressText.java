package io.pilothouse.core.ops;

import java.time.Duration;
import java.util.Locale;

/** Amounts and times of a run as a person reads them, the same in the app and on the command line. */
public final class ProgressText {

    private ProgressText() {
    }

    /** "7 items", "512 B", "1.5 MiB". */
    public static String amount(long n, ProgressUnit unit) {
        return unit == ProgressUnit.ITEMS ? n + " items" : bytes(n);
    }

    /** "512 B", "1.5 MiB", "2.0 GiB". */
    public static String bytes(long n) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return i == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    /** "4:05", "1:02:05". */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
