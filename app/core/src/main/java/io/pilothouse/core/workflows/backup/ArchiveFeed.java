package io.pilothouse.core.workflows.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The tar stream inside a backup file, read on a thread of its own: that thread reads the file,
 * hashes it (SHA-256 of the compressed bytes, the file's tail included) and decompresses it, and
 * hands the tar over in 1 MiB chunks through a bounded queue (at most {@value #DEPTH} chunks
 * wait), so the upload reading this stream only copies memory. A failure of the reading thread
 * surfaces as an {@link IOException} of {@link #read}; {@link #close()} stops that thread.
 */
final class ArchiveFeed extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int DEPTH = 8;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(DEPTH);
    private final MessageDigest sha = VolumeArchiver.sha256();
    private final Thread reader;
    private volatile boolean closed;
    private volatile Throwable failure;
    private volatile String sha256;
    private byte[] current;
    private int pos;
    private boolean ended;

    private ArchiveFeed(Path archive, Compression compression) {
        reader = new Thread(() -> produce(archive, compression), "archive-feed " + archive.getFileName());
        reader.setDaemon(true);
    }

    /** Starts reading {@code archive} in the background. */
    static ArchiveFeed open(Path archive, Compression compression) {
        ArchiveFeed feed = new ArchiveFeed(archive, compression);
        feed.reader.start();
        return feed;
    }

    private void produce(Path archive, Compression compression) {
        try (InputStream raw = new DigestInputStream(Files.newInputStream(archive), sha);
             InputStream tar = compression.decompress(new BufferedInputStream(raw, VolumeArchiver.BUFFER))) {
            while (!closed) {
                byte[] chunk = new byte[CHUNK];
                int n = tar.readNBytes(chunk, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                hand(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
            }
            // whatever follows the compressed stream still belongs to the file's checksum
            raw.transferTo(OutputStream.nullOutputStream());
            sha256 = HexFormat.of().formatHex(sha.digest());
        } catch (Throwable e) {
            failure = e;
        } finally {
            try {
                hand(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void hand(byte[] chunk) throws InterruptedException {
        while (!closed) {
            if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("The backup file's stream was closed.");
        }
        if (len == 0) {
            return 0;
        }
        while (current == null || pos == current.length) {
            if (ended) {
                return -1;
            }
            current = next();
            pos = 0;
            if (current == END) {
                ended = true;
                current = null;
                if (failure != null) {
                    throw failure instanceof IOException io ? io
                            : new IOException("Reading the backup file failed: " + failure.getMessage(), failure);
                }
                return -1;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private byte[] next() throws IOException {
        try {
            while (true) {
                if (closed) {
                    throw new IOException("The backup file's stream was closed.");
                }
                byte[] c = queue.poll(100, TimeUnit.MILLISECONDS);
                if (c != null) {
                    return c;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading the backup file.");
        }
    }

    /**
     * Waits for the reading thread and returns the file's SHA-256 (hex); only meaningful once the
     * whole stream was read without error.
     */
    String sha256() throws InterruptedException {
        reader.join();
        if (failure != null) {
            throw new BackupFailure("Reading the backup file failed: " + failure.getMessage(), failure);
        }
        return sha256;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
