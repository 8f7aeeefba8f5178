package io.pilothouse.core.workflows.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;

/** Buffers bytes for a file channel and hashes them on the way; {@link #close()} does not close the channel. */
final class HashingChannelStream extends OutputStream {

    private final FileChannel channel;
    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(VolumeArchiver.BUFFER);
    private long written;

    HashingChannelStream(FileChannel channel, MessageDigest digest) {
        this.channel = channel;
        this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int take = Math.min(len, buffer.remaining());
            buffer.put(b, off, take);
            off += take;
            len -= take;
            if (!buffer.hasRemaining()) {
                flushBuffer();
            }
        }
    }

    void flushBuffer() throws IOException {
        buffer.flip();
        digest.update(buffer.array(), 0, buffer.limit());
        while (buffer.hasRemaining()) {
            written += channel.write(buffer);
        }
        buffer.clear();
    }

    long written() {
        return written;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
    }
}
