package io.pilothouse.core.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * The append-only journal: one JSON object per line in $XDG_DATA_HOME/pilothouse/journal.jsonl.
 * Records profile changes and connections now; every later operation writes to it.
 * Safe to use from several threads and from the app and the CLI at once.
 */
public final class Journal {

    public Journal(Path file) {
    }

    public void append(JournalEntry entry) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<JournalEntry> readAll() {
        throw new UnsupportedOperationException("not yet");
    }
}
