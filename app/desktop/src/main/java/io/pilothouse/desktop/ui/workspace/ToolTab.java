package io.pilothouse.desktop.ui.workspace;

import io.pilothouse.core.host.HostProfile;
import javafx.scene.Node;

import java.util.Objects;

/**
 * A closable tab beside Topology, Inventory and Details: a log view or a terminal. The tab shows
 * the host's name and environment colour; closing it calls {@code dispose} (which ends the stream
 * or the process the tab started).
 */
public record ToolTab(HostProfile host, String title, Node content, Runnable dispose) {

    public ToolTab {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        dispose = dispose == null ? () -> { } : dispose;
    }
}
