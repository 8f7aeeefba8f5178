package io.pilothouse.desktop.wiring;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostStatus;
import io.pilothouse.desktop.ui.hosts.HostLink;

import java.util.function.Consumer;

/** A host kept connected by the core's {@link HostConnection}. */
public final class CoreHostLink implements HostLink {

    private final HostConnection connection;

    public CoreHostLink(HostConnection connection) {
        this.connection = connection;
    }

    @Override public void connect() { connection.connect(); }
    @Override public void disconnect() { connection.disconnect(); }
    @Override public HostStatus status() { return connection.status(); }
    @Override public void addListener(Consumer<HostStatus> listener) { connection.addListener(listener); }
    @Override public void close() { connection.close(); }
}
