package io.pilothouse.cli;

import io.pilothouse.core.ops.CancelToken;

import java.io.PrintWriter;

/**
 * While a plan runs on this thread: Ctrl-C cancels it (its undo runs, see {@link InterruptCancels}),
 * and when the process is ended otherwise (SIGTERM), the plan is cancelled too and the exit waits up
 * to two minutes for its undo, so that nothing it stopped stays stopped.
 */
final class PlanCancellation implements AutoCloseable {

    private final InterruptCancels interrupts;
    private final Thread hook;
    private final boolean hooked;

    private PlanCancellation(InterruptCancels interrupts, Thread hook, boolean hooked) {
        this.interrupts = interrupts;
        this.hook = hook;
        this.hooked = hooked;
    }

    static PlanCancellation install(CancelToken token, PrintWriter err) {
        Thread runner = Thread.currentThread();
        Thread hook = new Thread(() -> {
            token.cancel();
            try {
                runner.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pilothouse-cancel");
        boolean hooked;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            hooked = true;
        } catch (IllegalStateException shuttingDown) {
            hooked = false;
        }
        return new PlanCancellation(InterruptCancels.install(token, err), hook, hooked);
    }

    @Override
    public void close() {
        interrupts.close();
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs and waits for this thread, which is ending
            }
        }
    }
}
