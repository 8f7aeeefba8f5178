package io.pilothouse.cli;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes from a process written as text, decoded as UTF-8 across chunk boundaries. */
final class DecodingWriter {

    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    DecodingWriter(PrintWriter out) {
        this.out = out;
    }

    synchronized void write(byte[] data, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(data, offset, length).flip();
        CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, chars, false);
        pending = in.slice();
        chars.flip();
        out.append(chars);
        out.flush();
    }
}
