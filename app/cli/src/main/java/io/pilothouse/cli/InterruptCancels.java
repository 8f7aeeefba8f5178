package io.pilothouse.cli;

import io.pilothouse.core.ops.CancelToken;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;

/**
 * While a plan runs, Ctrl-C (SIGINT) cancels it instead of ending the process, so that its undo
 * runs; a second Ctrl-C during the undo is ignored with a sentence. The previous handler comes back on close.
 */
final class InterruptCancels implements AutoCloseable {

    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;

    private InterruptCancels(SignalHandler previous) {
        this.previous = previous;
    }

    static InterruptCancels install(CancelToken token, PrintWriter err) {
        SignalHandler previous;
        try {
            previous = Signal.handle(INT, s -> {
                if (token.isCancelled()) {
                    err.println("pilothouse: the undo is running and will not be interrupted; wait for it to end.");
                } else {
                    err.println("pilothouse: cancelling; undoing what was done...");
                    token.cancel();
                }
                err.flush();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
            previous = null;
        }
        return new InterruptCancels(previous);
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
