package io.pilothouse.core.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** A separate process appending to a journal, as the CLI does while the app runs. */
final class JournalWriterProcess {

    public static void main(String[] args) {
        Journal journal = new Journal(Path.of(args[0]));
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            journal.append(new JournalEntry(Instant.now(), "bob", "web", "development", "load",
                    "entry " + i, Map.of("writer", writer, "n", String.valueOf(i), "padding", "y".repeat(2000))));
        }
    }
}
