package io.pilothouse.desktop.wiring;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.desktop.ui.hosts.HostConnector;
import io.pilothouse.desktop.ui.hosts.HostLink;

/** Reaches hosts through the core's connection factory, with the desktop's credential dialogs. */
public final class CoreHostConnector implements HostConnector {

    private final ConnectionFactory factory;
    private final ConnectOptions options;

    public CoreHostConnector(ConnectionFactory factory, ConnectOptions options) {
        this.factory = factory;
        this.options = options;
    }

    @Override
    public HostLink link(HostProfile profile) {
        return new CoreHostLink(new HostConnection(profile, factory, options));
    }

    @Override
    public EngineInfo probe(HostProfile profile) {
        try (HostSession session = factory.connect(profile, options)) {
            return session.info();
        }
    }
}
