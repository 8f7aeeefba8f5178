package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostStatus;

import java.util.function.Consumer;

/** One host kept connected in the background, as the views see it: commands and a stream of states. */
public interface HostLink extends AutoCloseable {

    /** Starts connecting and returns at once. */
    void connect();

    void disconnect();

    HostStatus status();

    /** Called on a background thread at every change of state. */
    void addListener(Consumer<HostStatus> listener);

    @Override
    void close();
}
