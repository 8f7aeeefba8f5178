package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;

/** Waits between two steps (the interval of a stepped scale, the drain of a replica); a cancel ends the wait. */
public final class IntervalStep implements Step {

    private final Duration wait;
    private final String why;

    public IntervalStep(Duration wait, String why) {
        this.wait = wait;
        this.why = why;
    }

    public Duration duration() {
        return wait;
    }

    @Override
    public String description() {
        return "Wait " + wait.toSeconds() + " s " + why;
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) throws InterruptedException {
        long total = wait.toMillis();
        long start = System.nanoTime();
        while (true) {
            ctx.cancel().throwIfCancelled();
            long done = (System.nanoTime() - start) / 1_000_000;
            ctx.progress(Math.min(done, total) / 1000, total / 1000, ProgressUnit.ITEMS);
            if (done >= total) {
                return;
            }
            Thread.sleep(Math.min(200, total - done));
        }
    }
}
