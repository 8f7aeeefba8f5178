package io.pilothouse.core.journal;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostProfile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes connection outcomes to the journal, the same way for the desktop app and the CLI. */
public final class ConnectionJournal {

    public static final String CONNECTED = "host.connected";
    public static final String CONNECT_FAILED = "host.connect-failed";
    public static final String DISCONNECTED = "host.disconnected";

    private final Journal journal;

    public ConnectionJournal(Journal journal) {
        this.journal = journal;
    }

    public JournalEntry connected(HostProfile host, EngineInfo info) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", host.transport().url());
        details.put("engineVersion", String.valueOf(info.engineVersion()));
        details.put("apiVersion", String.valueOf(info.apiVersion()));
        details.put("latencyMs", info.latency() == null ? "" : String.valueOf(info.latency().toMillis()));
        JournalEntry entry = JournalEntry.now(host, CONNECTED, "Connected to " + host.name() + " (Docker "
                + info.engineVersion() + ")", details);
        journal.append(entry);
        return entry;
    }

    public JournalEntry connectFailed(HostProfile host, ConnectionFailure failure) {
        return failure(host, CONNECT_FAILED, failure);
    }

    /** A connected engine went away; the connection will try again. */
    public JournalEntry disconnected(HostProfile host, ConnectionFailure failure) {
        return failure(host, DISCONNECTED, failure);
    }

    private JournalEntry failure(HostProfile host, String event, ConnectionFailure failure) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("url", host.transport().url());
        details.put("kind", failure.kind().name());
        details.put("message", failure.getMessage());
        JournalEntry entry = JournalEntry.now(host, event, failure.getMessage(), details);
        journal.append(entry);
        return entry;
    }
}
