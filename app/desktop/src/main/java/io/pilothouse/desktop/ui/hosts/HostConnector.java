package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostProfile;

/** Reaches hosts: keeps a saved host connected, or tries a profile once from the editor. */
public interface HostConnector {

    /** A link for the host, not yet connecting. */
    HostLink link(HostProfile profile);

    /**
     * Connects once, reads what the engine reports and disconnects. Blocking: never on the UI thread.
     *
     * @throws ConnectionFailure with the sentence to show
     */
    EngineInfo probe(HostProfile profile);
}
