package io.pilothouse.cli;

import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.StepRecord;
import io.pilothouse.core.workflows.backup.Sizes;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a run: a progress bar redrawn in place on a terminal, plain lines (every few seconds) otherwise. */
final class PlanProgressPrinter implements PlanListener {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter out;
    private final boolean terminal;
    private final int steps;
    private long lastPrint;
    private boolean barShown;

    PlanProgressPrinter(PrintWriter out, boolean terminal, int steps) {
        this.out = out;
        this.terminal = terminal;
        this.steps = steps;
    }

    @Override
    public void stepStarted(int index, Step step) {
        endBar();
        out.println("[" + (index + 1) + "/" + steps + "] " + step.description());
        lastPrint = System.nanoTime();
    }

    @Override
    public void stepProgress(int index, StepProgress p) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastPrint < 100_000_000L) {
                return;
            }
            lastPrint = now;
            out.print("\r" + line(p) + "   ");
            out.flush();
            barShown = true;
        } else if (now - lastPrint >= PLAIN_EVERY_NANOS) {
            lastPrint = now;
            out.println("    " + line(p));
        }
    }

    static String line(StepProgress p) {
        String done = p.unit() == ProgressUnit.BYTES ? Sizes.human(p.done()) : Long.toString(p.done());
        String rate = p.unit() == ProgressUnit.BYTES ? Sizes.human((long) p.ratePerSecond()) + "/s"
                : String.format(Locale.ROOT, "%.0f/s", p.ratePerSecond());
        if (p.total() > 0) {
            int pct = (int) Math.min(100, p.done() * 100 / p.total());
            int filled = pct / 5;
            String bar = "#".repeat(filled) + "-".repeat(20 - filled);
            String total = p.unit() == ProgressUnit.BYTES ? Sizes.human(p.total()) : Long.toString(p.total());
            String eta = p.eta().map(d -> ", ETA " + d.toSeconds() + " s").orElse("");
            return "    [" + bar + "] " + pct + "% " + done + " of " + total + ", " + rate + eta;
        }
        return "    " + done + ", " + rate;
    }

    @Override
    public void stepNote(int index, String sentence) {
        endBar();
        out.println("    " + sentence);
    }

    @Override
    public void stepFinished(StepRecord r) {
        endBar();
        if (!r.message().isEmpty()) {
            out.println("    " + r.outcome().name().toLowerCase(Locale.ROOT) + ": " + r.message());
        }
    }

    @Override
    public void undoStarted(int index, Step step) {
        endBar();
        out.println("undo: " + step.description());
    }

    @Override
    public void undoFinished(StepRecord r) {
        if (!r.message().isEmpty()) {
            out.println("    " + r.outcome().name().toLowerCase(Locale.ROOT) + ": " + r.message());
        }
    }

    @Override
    public void planFinished(PlanResult result) {
        endBar();
        out.flush();
    }

    private void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }
}
