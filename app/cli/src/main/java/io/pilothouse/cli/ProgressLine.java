package io.pilothouse.cli;

import static io.pilothouse.core.ops.ProgressText.amount;
import static io.pilothouse.core.ops.ProgressText.duration;

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


}
