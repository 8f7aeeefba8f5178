package io.pilothouse.core.logs;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the engine's log stream: frames of stdout and stderr, each behind an 8-byte header (stream
 * type, three zero bytes, the payload's length big-endian), or — for a process with a TTY — the
 * output as it is, all of it stdout.
 */
final class EngineFrames {

    /** Takes each payload as it comes. */
    interface Payloads {
        void accept(LogStream stream, byte[] payload);
    }

    private static final int MAX_FRAME = 16 * 1024 * 1024;

    private EngineFrames() {
    }

    /** Reads {@code in} to its end, handing on every payload. */
    static void read(InputStream in, Payloads out) throws IOException {
        byte[] header = new byte[8];
        int first = in.readNBytes(header, 0, 8);
        if (first == 0) {
            return;
        }
        if (first < 8 || !isHeader(header)) {
            readRaw(header, first, in, out);
            return;
        }
        while (true) {
            int size = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                    | (header[7] & 0xff);
            if (size < 0 || size > MAX_FRAME) {
                throw new IOException("the engine sent a log frame of " + Integer.toUnsignedString(size)
                        + " bytes; the stream is not a log stream");
            }
            byte[] payload = in.readNBytes(size);
            if (payload.length < size) {
                throw new EOFException("the log stream ended inside a frame");
            }
            out.accept(header[0] == 2 ? LogStream.STDERR : LogStream.STDOUT, payload);
            int n = in.readNBytes(header, 0, 8);
            if (n == 0) {
                return;
            }
            if (n < 8) {
                throw new EOFException("the log stream ended inside a frame header");
            }
        }
    }

    private static boolean isHeader(byte[] h) {
        return h[0] >= 0 && h[0] <= 2 && h[1] == 0 && h[2] == 0 && h[3] == 0;
    }

    private static void readRaw(byte[] start, int length, InputStream in, Payloads out) throws IOException {
        out.accept(LogStream.STDOUT, java.util.Arrays.copyOf(start, length));
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.accept(LogStream.STDOUT, java.util.Arrays.copyOf(buf, n));
        }
    }
}
