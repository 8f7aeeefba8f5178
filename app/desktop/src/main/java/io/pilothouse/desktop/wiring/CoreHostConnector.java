package io.pilothouse.desktop.wiring;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.ConnectionJournal;
import io.pilothouse.core.journal.ConnectionStatusJournal;
import io.pilothouse.desktop.ui.hosts.HostConnector;
import io.pilothouse.desktop.ui.hosts.HostLink;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reaches hosts through the core's connection factory, with the desktop's credential dialogs;
 * connections, losses and failures go to the journal.
 */
public final class CoreHostConnector implements HostConnector {

    private final ConnectionFactory factory;
    private final ConnectOptions options;
    private final ConnectionJournal journal;
    private final Map<String, HostConnection> connections = new ConcurrentHashMap<>();

    public CoreHostConnector(ConnectionFactory factory, ConnectOptions options, ConnectionJournal journal) {
        this.factory = factory;
        this.options = options;
        this.journal = journal;
    }

    @Override
    public HostLink link(HostProfile profile) {
        HostConnection connection = new HostConnection(profile, factory, options);
        connection.addListener(new ConnectionStatusJournal(journal, profile));
        connections.put(profile.id(), connection);
        return new CoreHostLink(connection, () -> connections.remove(profile.id(), connection));
    }

    /** The connection kept for a host, while its link is open. */
    public Optional<HostConnection> connection(String hostId) {
        return Optional.ofNullable(connections.get(hostId));
    }

    /** The host editor's Test button: one connection, journaled like the CLI's hosts test. */
    @Override
    public EngineInfo probe(HostProfile profile) {
        try (HostSession session = factory.connect(profile, options)) {
            journal.connected(profile, session.info());
            return session.info();
        } catch (io.pilothouse.core.host.ConnectionFailure failure) {
            journal.connectFailed(profile, failure);
            throw failure;
        }
    }
}
