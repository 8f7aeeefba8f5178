package io.pilothouse.core.terminal;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The stdin handed to an exec: chunks written by any thread, read by docker-java's pump thread.
 * Unlike a piped stream it does not break when a writer thread ends; {@link #close()} ends it.
 */
public final class ByteQueueInputStream extends InputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>(4096);
    private byte[] current;
    private int pos;
    private volatile boolean closed;

    /** Queues bytes for the reader; false once closed. */
    public boolean offer(byte[] bytes) {
        if (closed || bytes.length == 0) {
            return !closed;
        }
        try {
            queue.put(Arrays.copyOf(bytes, bytes.length));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        try {
            if (current == null || pos >= current.length) {
                if (current == END) {
                    return -1;
                }
                current = queue.take();
                pos = 0;
                if (current == END) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public int available() {
        return current == null || current == END ? 0 : current.length - pos;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.offer(END);
        }
    }
}
