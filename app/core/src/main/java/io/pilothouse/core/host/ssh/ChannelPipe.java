package io.pilothouse.core.host.ssh;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes a channel received and its reader has not read yet. JSch's session thread writes into
 * {@link #sink()}; the socket reads with a timeout. Unlike a PipedInputStream it does not care
 * which threads read or write (pooled HTTP connections change reader threads), and once the reader
 * is closed further bytes are dropped instead of blocking the session thread that serves every
 * other channel. It grows up to {@link #MAX_CAPACITY}, then the writer waits.
 */
final class ChannelPipe {

    static final int INITIAL_CAPACITY = 16 * 1024;
    static final int MAX_CAPACITY = 4 * 1024 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final int maxCapacity;
    private byte[] buffer;
    private int start;
    private int count;
    private boolean writerClosed;
    private boolean readerClosed;

    ChannelPipe() {
        this(INITIAL_CAPACITY, MAX_CAPACITY);
    }

    ChannelPipe(int initialCapacity, int maxCapacity) {
        this.buffer = new byte[initialCapacity];
        this.maxCapacity = Math.max(initialCapacity, maxCapacity);
    }

    /** Where the channel's incoming data goes; closing it is the end of the stream. */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                put(b, off, len);
            }

            @Override
            public void close() {
                closeWriter();
            }
        };
    }

    void put(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            while (len > 0) {
                if (readerClosed) {
                    return;
                }
                if (writerClosed) {
                    throw new IOException("the channel's input is closed");
                }
                if (count == buffer.length) {
                    if (buffer.length < maxCapacity) {
                        grow();
                    } else {
                        writable.await();
                        continue;
                    }
                }
                int n = Math.min(buffer.length - count, len);
                int tail = (start + count) % buffer.length;
                int first = Math.min(n, buffer.length - tail);
                System.arraycopy(b, off, buffer, tail, first);
                System.arraycopy(b, off + first, buffer, 0, n - first);
                count += n;
                off += n;
                len -= n;
                readable.signalAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while buffering channel data");
        } finally {
            lock.unlock();
        }
    }

    private void grow() {
        byte[] bigger = new byte[(int) Math.min((long) maxCapacity, buffer.length * 2L)];
        int first = Math.min(count, buffer.length - start);
        System.arraycopy(buffer, start, bigger, 0, first);
        System.arraycopy(buffer, 0, bigger, first, count - first);
        buffer = bigger;
        start = 0;
    }

    /**
     * Reads at least one byte, waiting at most {@code timeoutMillis} (0: no limit). Returns -1 at
     * the end of the stream.
     */
    int read(byte[] b, int off, int len, int timeoutMillis) throws IOException {
        if (len == 0) {
            return 0;
        }
        lock.lock();
        try {
            long deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
            while (count == 0) {
                if (readerClosed) {
                    throw new SocketException("Socket closed");
                }
                if (writerClosed) {
                    return -1;
                }
                if (timeoutMillis > 0) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        throw new SocketTimeoutException("Read timed out");
                    }
                    readable.awaitNanos(remaining);
                } else {
                    readable.await();
                }
            }
            if (readerClosed) {
                throw new SocketException("Socket closed");
            }
            int n = Math.min(len, count);
            int first = Math.min(n, buffer.length - start);
            System.arraycopy(buffer, start, b, off, first);
            System.arraycopy(buffer, 0, b, off + first, n - first);
            start = (start + n) % buffer.length;
            count -= n;
            if (count == 0) {
                start = 0;
            }
            writable.signalAll();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading from the channel");
        } finally {
            lock.unlock();
        }
    }

    int available() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** The end of the incoming stream (the channel got EOF or was closed). */
    void closeWriter() {
        lock.lock();
        try {
            writerClosed = true;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The reader is gone: pending and further bytes are dropped, blocked readers fail. */
    void closeReader() {
        lock.lock();
        try {
            readerClosed = true;
            count = 0;
            start = 0;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isWriterClosed() {
        lock.lock();
        try {
            return writerClosed;
        } finally {
            lock.unlock();
        }
    }
}
