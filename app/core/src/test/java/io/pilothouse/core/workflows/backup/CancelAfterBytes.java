package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.testenv.TcpRelay;

/**
 * Cancels a run once a step has moved more than {@code bytes}, on the step's thread, and notes how
 * much the relay in front of the engine had passed to its clients at that moment.
 */
final class CancelAfterBytes implements PlanListener {

    final CancelToken token = new CancelToken();
    private final long bytes;
    private final TcpRelay relay;
    private volatile long relayedAtCancel = -1;

    CancelAfterBytes(long bytes, TcpRelay relay) {
        this.bytes = bytes;
        this.relay = relay;
    }

    @Override
    public void stepProgress(int index, StepProgress p) {
        if (p.done() > bytes && !token.isCancelled()) {
            relayedAtCancel = relay.bytesToClients();
            token.cancel();
        }
    }

    boolean cancelled() {
        return token.isCancelled() && relayedAtCancel >= 0;
    }

    /** What the engine sent through the relay after the cancel. */
    long relayedSinceCancel() {
        return relay.bytesToClients() - relayedAtCancel;
    }
}
