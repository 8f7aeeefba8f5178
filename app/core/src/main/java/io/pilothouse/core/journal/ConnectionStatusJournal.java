package io.pilothouse.core.journal;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;

import java.util.function.Consumer;

/**
 * Journals what a kept-open connection goes through: connected, lost (once, not every retry),
 * and failures that need the user. Attach it as a listener of a HostConnection.
 */
public final class ConnectionStatusJournal implements Consumer<HostStatus> {

    private final ConnectionJournal journal;
    private final HostProfile host;
    private boolean connected;
    /** A failure was journaled since the last connect or disconnect: retries stay quiet. */
    private boolean failureJournaled;

    public ConnectionStatusJournal(ConnectionJournal journal, HostProfile host) {
        this.journal = journal;
        this.host = host;
    }

    @Override
    public synchronized void accept(HostStatus status) {
        switch (status.state()) {
            case CONNECTED -> {
                if (!connected) {
                    status.info().ifPresent(info -> journal.connected(host, info));
                }
                connected = true;
                failureJournaled = false;
            }
            case DISCONNECTED, FAILED -> {
                if (status.failure().isPresent() && (connected || !failureJournaled)) {
                    if (connected) {
                        journal.disconnected(host, status.failure().get());
                    } else {
                        journal.connectFailed(host, status.failure().get());
                    }
                    failureJournaled = true;
                }
                connected = false;
            }
            case IDLE -> {
                connected = false;
                failureJournaled = false;
            }
            default -> { }
        }
    }
}
