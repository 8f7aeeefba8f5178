package io.pilothouse.core.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Asked once, seen everywhere: steps check it between and inside long operations. */
public final class CancelToken {

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            for (Runnable hook : hooks) {
                try {
                    hook.run();
                } catch (RuntimeException ignored) {
                    // a hook that fails must not keep the others from running
                }
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link PlanCancelledException} when cancel was asked. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new PlanCancelledException();
        }
    }

    /** Runs {@code hook} when cancel is asked (at once when it already was): closes a stream, kills a transfer. */
    public void onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
    }
}
