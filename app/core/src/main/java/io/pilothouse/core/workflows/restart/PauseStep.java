package io.pilothouse.core.workflows.restart;

import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

/** Waits a while between stopping and starting, cancellable at any moment. */
public final class PauseStep implements Step {

    private final int seconds;

    public PauseStep(int seconds) {
        this.seconds = seconds;
    }

    @Override
    public String description() {
        return "Wait " + seconds + " s";
    }

    @Override
    public void run(StepContext ctx) throws InterruptedException {
        long total = seconds * 1000L;
        for (long done = 0; done < total; done += 100) {
            ctx.cancel().throwIfCancelled();
            ctx.progress(done, total, ProgressUnit.ITEMS);
            Thread.sleep(100);
        }
        ctx.progress(total, total, ProgressUnit.ITEMS);
    }

    @Override
    public boolean mutating() {
        return false;
    }
}
