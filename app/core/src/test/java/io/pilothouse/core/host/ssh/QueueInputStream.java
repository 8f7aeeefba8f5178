package io.pilothouse.core.host.ssh;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/** An input stream fed from another thread; survives its writers (unlike PipedInputStream). */
final class QueueInputStream extends InputStream {

    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    void offer(byte[] bytes) {
        chunks.add(bytes.clone());
    }

    @Override
    public void close() {
        chunks.add(END);
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
        while (position >= current.length) {
            if (ended) {
                return -1;
            }
            try {
                byte[] next = chunks.take();
                if (next == END) {
                    ended = true;
                    return -1;
                }
                current = next;
                position = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }
}
