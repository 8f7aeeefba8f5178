package io.pilothouse.desktop.ui.workspace;

import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;

import java.util.List;

/**
 * Makes the tools of one connected host (its logs, its terminals): called once per session when
 * the host's workspace is built. A feature that adds tools supplies one of these to the wiring.
 */
public interface HostTools {

    List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs);
}
