package io.pilothouse.desktop.ui.workspace;

import javafx.scene.Node;

/** The views of one connected host: its topology, its inventory and the details of what is opened. */
public interface HostWorkspace {

    Node topology();

    Node inventory();

    Node details();

    /** Asks the details view to show a container or a service; false when it is not one. */
    boolean openDetails(String id);

    /** The tools the host's own menu offers on the host itself (a shell on the host over SSH); may be empty. */
    default java.util.List<TargetTool> hostTools() {
        return java.util.List.of();
    }

    /** Ends every subscription the views hold (events, stats). */
    void dispose();
}
