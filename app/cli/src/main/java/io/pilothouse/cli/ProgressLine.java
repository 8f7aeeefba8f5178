package io.pilothouse.cli;

import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.RunProgress;
import io.pilothouse.core.ops.StepProgress;

import java.time.Duration;
import java.util.Locale;

/** The text of a progress report: "[#####.....] 50 %  step 2/4  12.0 MiB of 24.0 MiB  3.1 MiB/s  ETA 0:04". */
final class ProgressLine {

    private static final int WIDTH = 24;

    private ProgressLine() {
    }

    static String bar(RunProgress p) {
        int filled = (int) Math.round(p.fraction() * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + text(p);
    }

    static String text(RunProgress p) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%3d %%  step %d/%d",
                Math.round(p.fraction() * 100), p.stepIndex() + 1, p.stepCount()));
        StepProgress s = p.step();
        if (s.total() > 1 || s.unit() == ProgressUnit.BYTES) {
            b.append("  ").append(amount(s.done(), s.unit()));
            if (s.total() > 0) {
                b.append(" of ").append(amount(s.total(), s.unit()));
            }
            if (s.ratePerSecond() > 0) {
                b.append("  ").append(amount((long) s.ratePerSecond(), s.unit())).append("/s");
            }
        }
        p.eta().ifPresent(eta -> b.append("  ETA ").append(duration(eta)));
        return b.toString();
    }

    static String amount(long n, ProgressUnit unit) {
        if (unit == ProgressUnit.ITEMS) {
            return n + " items";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return i == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
