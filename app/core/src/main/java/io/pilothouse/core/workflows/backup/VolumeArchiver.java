package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanCancelledException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Streams a volume out of the engine's archive endpoint (through a helper container that is never
 * started) into a compressed file, counting the tar entries and hashing the file as it is written.
 * The file is {@code NAME.part} until it is complete and checked, then renamed along with its
 * manifest; on any failure or cancel the part file is removed.
 */
public final class VolumeArchiver {

    static final int BUFFER = 1 << 20;

    private final ArchiveReads reads;

    public VolumeArchiver(ArchiveReads reads) {
        this.reads = reads;
    }

    /**
     * @param helperId a container mounting the volume at {@link HelperContainers#MOUNT}
     * @param manifest the manifest without the archive's figures, filled in here
     */
    public ArchiveResult archive(String helperId, Path dir, String baseName, Compression compression,
                                 BackupManifest manifest, CancelToken cancel, TransferListener listener) {
        Path archive = dir.resolve(baseName + compression.extension());
        Path part = dir.resolve(archive.getFileName() + ".part");
        Path manifestFile = dir.resolve(baseName + ManifestFiles.SUFFIX);
        Path manifestPart = dir.resolve(manifestFile.getFileName() + ".part");
        Instant started = Instant.now();
        boolean done = false;
        TarTally tally = null;
        try {
            Files.createDirectories(dir);
            if (Files.exists(archive)) {
                throw new BackupFailure("A backup named " + archive.getFileName() + " already exists in " + dir
                        + "; nothing was overwritten.");
            }
            MessageDigest sha = sha256();
            long written;
            try (InputStream engine = reads.open(helperId, HelperContainers.MOUNT + "/.");
                 FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                cancel.onCancel(() -> closeQuietly(engine));
                tally = new TarTally(engine);
                HashingChannelStream file = new HashingChannelStream(channel, sha);
                try (OutputStream out = compression.compress(file)) {
                    byte[] buf = new byte[BUFFER];
                    int n;
                    while ((n = readFully(tally, buf)) > 0) {
                        cancel.throwIfCancelled();
                        out.write(buf, 0, n);
                        listener.transferred(tally.totalBytes());
                    }
                }
                cancel.throwIfCancelled();
                file.flushBuffer();
                channel.force(true);
                written = file.written();
            }
            if (!tally.complete()) {
                throw new BackupFailure("The archive stream of volume " + manifest.volume() + " ended after "
                        + ProgressText.bytes(tally.totalBytes()) + " without its end marker: the connection to "
                        + manifest.host() + " broke. The incomplete archive was removed.");
            }
            if (Files.size(part) != written) {
                throw new BackupFailure("The archive file " + part + " has " + Files.size(part) + " bytes, "
                        + written + " were written: the disk lost data. The incomplete archive was removed.");
            }
            BackupManifest full = new BackupManifest(BackupManifest.FORMAT, manifest.host(), manifest.hostId(),
                    manifest.environment(), manifest.volume(), manifest.driver(), manifest.labels(),
                    manifest.containers(), manifest.consistency(), compression.word(),
                    archive.getFileName().toString(), tally.entries(), tally.files(), tally.contentBytes(),
                    tally.totalBytes(), written, HexFormat.of().formatHex(sha.digest()), started, Instant.now(),
                    manifest.appVersion());
            Files.write(manifestPart, ManifestFiles.bytes(full), StandardOpenOption.CREATE_NEW);
            move(part, archive);
            move(manifestPart, manifestFile);
            done = true;
            return new ArchiveResult(archive, manifestFile, full);
        } catch (PlanCancelledException | BackupFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new PlanCancelledException();
            }
            throw new BackupFailure(sentence(e, manifest, dir, tally), e);
        } finally {
            if (!done) {
                deleteQuietly(part);
                deleteQuietly(manifestPart);
            }
        }
    }

    static String sentence(Exception e, BackupManifest m, Path dir, TarTally tally) {
        String msg = String.valueOf(e.getMessage());
        String after = tally == null ? "" : " after " + ProgressText.bytes(tally.totalBytes());
        if (msg.contains("No space left on device") || msg.contains("Disk quota exceeded")) {
            return "The backup folder " + dir + " is full (no space left on device)" + after
                    + "; the incomplete archive of " + m.volume() + " was removed.";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Pilothouse may not write to the backup folder " + dir + "; choose another with --to.";
        }
        return "Copying volume " + m.volume() + " from " + m.host() + " failed" + after + ": " + msg
                + ". The incomplete archive was removed.";
    }

    static int readFully(InputStream in, byte[] buf) throws IOException {
        int total = 0;
        while (total < buf.length) {
            int n = in.read(buf, total, buf.length - total);
            if (n < 0) {
                break;
            }
            total += n;
            if (total >= 64 * 1024 && in.available() <= 0) {
                break;
            }
        }
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing to stop a transfer
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
