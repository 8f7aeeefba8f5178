package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.JournalEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One mutating plan per host, across processes (the app and a CLI run from cron): an exclusive
 * lock on {@code <dir>/<host id>.lock}, held while the plan runs. The file says who holds it so a
 * refused run can name the other one. The operating system drops the lock when its process dies,
 * so a crashed run never keeps a host busy.
 */
public final class HostLock implements AutoCloseable {

    /** Holders in this process (file locks are per process), by lock file. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private HostLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path fileFor(Path dir, String hostId) {
        return dir.resolve(hostId.replaceAll("[^A-Za-z0-9._-]", "_") + ".lock");
    }

    /**
     * Takes the host for {@code plan}, or throws {@link HostBusyException} with a sentence that
     * names the plan holding it, its process and since when.
     */
    public static HostLock acquire(Path dir, HostProfile host, Plan plan) {
        Path file = fileFor(dir, host.id()).toAbsolutePath().normalize();
        String holder = describe(plan);
        String inProcess = HELD.putIfAbsent(file, holder);
        if (inProcess != null) {
            throw busy(host, plan, inProcess);
        }
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String other = read(ch);
                ch.close();
                HELD.remove(file);
                throw busy(host, plan, other.isBlank() ? "another Pilothouse process" : other);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new HostLock(file, ch, lock);
        } catch (IOException e) {
            HELD.remove(file);
            closeQuietly(ch);
            throw new UncheckedIOException("Could not take the lock " + file + " for " + host.name() + ": " + e.getMessage(), e);
        }
    }

    /** The holder's description when the host (profile id) is taken by a plan (here or in another process). */
    public static Optional<String> holder(Path dir, String hostId) {
        Path file = fileFor(dir, hostId).toAbsolutePath().normalize();
        String inProcess = HELD.get(file);
        if (inProcess != null) {
            return Optional.of(inProcess);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                probe = null;
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            String other = read(ch);
            return Optional.of(other.isBlank() ? "another Pilothouse process" : other);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static HostBusyException busy(HostProfile host, Plan plan, String other) {
        return new HostBusyException(host.name() + " is busy with " + other + "; nothing was done. Wait for it to end, then run \""
                + plan.title() + "\" again.");
    }

    static String describe(Plan plan) {
        return "\"" + plan.title() + "\" (plan " + plan.id() + ", process " + ProcessHandle.current().pid() + " of "
                + JournalEntry.currentUser() + ", since " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")";
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel below
        } finally {
            closeQuietly(channel);
            HELD.remove(file);
        }
    }
}
