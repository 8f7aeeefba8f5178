package io.pilothouse.desktop.wiring;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostStatus;
import io.pilothouse.desktop.ui.hosts.HostLink;

import java.util.function.Consumer;

/** A host kept connected by the core's {@link HostConnection}. */
public final class CoreHostLink implements HostLink {

    private final HostConnection connection;
    private final Runnable onClose;

    public CoreHostLink(HostConnection connection, Runnable onClose) {
        this.connection = connection;
        this.onClose = onClose;
    }

    @Override public void connect() { connection.connect(); }
    @Override public void disconnect() { connection.disconnect(); }
    @Override public HostStatus status() { return connection.status(); }
    @Override public void addListener(Consumer<HostStatus> listener) { connection.addListener(listener); }
    @Override
    public void close() {
        onClose.run();
        connection.close();
    }
}
