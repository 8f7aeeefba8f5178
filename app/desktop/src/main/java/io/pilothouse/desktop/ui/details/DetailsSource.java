package io.pilothouse.desktop.ui.details;

import java.util.function.Consumer;

/** Where the details pane reads from: inspects (blocking, bounded by a timeout) and the stats stream. */
public interface DetailsSource {

    Inspection inspectContainer(String id);

    Inspection inspectService(String id);

    /**
     * Follows a container's stats; samples and the closing sentence (null when closed on purpose)
     * arrive on the stream's thread. Closing the returned handle cancels the stream.
     */
    AutoCloseable stats(String containerId, Consumer<StatsSample> samples, Consumer<String> ended);
}
