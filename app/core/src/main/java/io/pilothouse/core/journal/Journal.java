package io.pilothouse.core.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The append-only journal: one JSON object per line in $XDG_DATA_HOME/pilothouse/journal.jsonl.
 * Records profile changes and connections now; every later operation writes to it.
 * Safe to use from several threads and from the app and the CLI at once: each entry is one write
 * under an exclusive file lock (and a lock per file inside this process, since file locks are held
 * per process).
 */
public final class Journal {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final ConcurrentMap<Path, Object> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final ObjectMapper mapper;

    public Journal(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Path file() {
        return file;
    }

    public void append(JournalEntry entry) {
        byte[] line;
        try {
            line = (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The journal entry '" + entry.event() + "' cannot be written as JSON", e);
        }
        Object processLock = IN_PROCESS_LOCKS.computeIfAbsent(file, f -> new Object());
        synchronized (processLock) {
            try {
                createParent();
                boolean created = !Files.exists(file);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
                     FileLock ignored = ch.lock()) {
                    if (created) {
                        Files.setPosixFilePermissions(file, FILE_MODE);
                    }
                    // every writer appends under the same lock, so the end found here is the real end
                    long end = ch.size();
                    ByteBuffer buf = ByteBuffer.wrap(line);
                    if (endsTorn(ch, end)) {
                        // a writer died mid-line: start ours on a fresh line so it stays whole
                        buf = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
                    }
                    while (buf.hasRemaining()) {
                        end += ch.write(buf, end);
                    }
                    ch.force(false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write to the journal " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean endsTorn(FileChannel ch, long size) throws IOException {
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private void createParent() throws IOException {
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
        }
    }

    /**
     * Every whole entry, oldest first. A torn last line (a writer stopped mid-line) is left out;
     * an unreadable line elsewhere is skipped with a warning.
     */
    public List<JournalEntry> readAll() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal " + file + ": " + e.getMessage(), e);
        }
        List<JournalEntry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(mapper.readValue(line, JournalEntry.class));
            } catch (IOException | RuntimeException e) {
                if (i < lines.size() - 1) {
                    LOG.warn("Skipped unreadable line {} of the journal {}", i + 1, file);
                }
            }
        }
        return entries;
    }
}
