package io.pilothouse.cli;

import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.RunProgress;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepRecord;

import java.io.PrintWriter;

/**
 * Prints a run: on a terminal one progress bar redrawn in place (at most ten times a second);
 * otherwise plain lines, one per step and a progress line at most every five seconds (for logs).
 */
final class PlanProgressPrinter implements PlanListener {

    private final PrintWriter out;
    private final boolean terminal;
    private long lastPrint;
    private boolean barShown;

    PlanProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void stepStarted(int index, Step step) {
        line("> " + (index + 1) + ". " + step.description());
    }

    @Override
    public synchronized void runProgress(RunProgress p) {
        long now = System.nanoTime();
        long gap = terminal ? 100_000_000L : 5_000_000_000L;
        if (now - lastPrint < gap) {
            return;
        }
        lastPrint = now;
        if (terminal) {
            out.print("\r" + ProgressLine.bar(p) + "\033[K");
            out.flush();
            barShown = true;
        } else if (p.step().total() > 1) {
            out.println("  " + ProgressLine.text(p));
            out.flush();
        }
    }

    @Override
    public synchronized void stepNote(int index, String sentence) {
        line("  " + sentence);
    }

    @Override
    public synchronized void stepFinished(StepRecord r) {
        line("  " + r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (r.message().isEmpty() ? "" : ": " + r.message()) + " (" + r.took().toMillis() + " ms)");
    }

    @Override
    public synchronized void undoStarted(int index, Step step) {
        line("< undo " + (index + 1) + ". " + step.description());
    }

    @Override
    public synchronized void undoFinished(StepRecord r) {
        line("  " + r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (r.message().isEmpty() ? "" : ": " + r.message()));
    }

    @Override
    public synchronized void changeTakenBack(HostChange change, String failure) {
        line(failure.isEmpty() ? "  took back: " + change.sentence() : "  could not take back " + change.sentence() + ": " + failure);
    }

    private void line(String text) {
        if (barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
        out.println(text);
        out.flush();
    }
}
