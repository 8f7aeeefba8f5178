package io.pilothouse.desktop.ui.workspace;

import java.util.List;

/** A tool on a connected host itself, ready to open on it from the host list or the Host menu. */
public record HostToolItem(TargetTool tool, Target host) {

    /** Opens the tool on the host; on the JavaFX thread, returns at once. */
    public void open() {
        tool.open().accept(List.of(host));
    }
}
