package io.pilothouse.core.journal;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;
import io.pilothouse.core.host.HostStatus.State;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionStatusJournalTest {

    @TempDir
    Path dir;

    private final HostProfile host = HostProfile.create("db-1", new UnixSocketTransport("/run/db-1.sock"),
            Environment.PRODUCTION);
    private final EngineInfo info = new EngineInfo("24.0.7", "1.43", "linux", "amd64", "none", 3, 1, "db-1",
            Duration.ofMillis(2));
    private final ConnectionFailure refused = new ConnectionFailure(ConnectionFailure.Kind.CONNECTION_REFUSED,
            "db-1 refused the connection");

    @Test
    void connectLossAndRetriesAreJournaledOnceEach() {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        ConnectionStatusJournal listener = new ConnectionStatusJournal(new ConnectionJournal(journal), host);

        listener.accept(status(State.CONNECTING, null, null));
        listener.accept(status(State.CONNECTED, info, null));
        listener.accept(status(State.CONNECTED, info, null));          // a periodic probe: not a new connection
        listener.accept(status(State.DISCONNECTED, null, refused));    // the engine went away
        listener.accept(status(State.CONNECTING, null, null));
        listener.accept(status(State.DISCONNECTED, null, refused));    // a retry that failed: quiet
        listener.accept(status(State.CONNECTING, null, null));
        listener.accept(status(State.CONNECTED, info, null));

        assertThat(journal.readAll()).extracting(JournalEntry::event).containsExactly(
                ConnectionJournal.CONNECTED, ConnectionJournal.DISCONNECTED, ConnectionJournal.CONNECTED);
        assertThat(journal.readAll().get(1).details()).containsEntry("kind", "CONNECTION_REFUSED");
        assertThat(journal.readAll().get(0).environment()).isEqualTo("production");
    }

    @Test
    void aFirstConnectThatFailsIsJournaledOnceUntilItSucceeds() {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        ConnectionStatusJournal listener = new ConnectionStatusJournal(new ConnectionJournal(journal), host);

        for (int i = 0; i < 3; i++) {
            listener.accept(status(State.CONNECTING, null, null));
            listener.accept(status(State.DISCONNECTED, null, refused));
        }
        listener.accept(status(State.FAILED, null, refused));

        assertThat(journal.readAll()).extracting(JournalEntry::event).containsExactly(ConnectionJournal.CONNECT_FAILED);
    }

    private static HostStatus status(State state, EngineInfo info, ConnectionFailure failure) {
        return new HostStatus(state, Optional.ofNullable(info), Optional.ofNullable(failure),
                failure != null && state == State.DISCONNECTED ? Optional.of(Instant.now()) : Optional.empty());
    }
}
