package io.pilothouse.desktop.ui.terminal;

import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.util.TermSize;
import io.pilothouse.core.terminal.CloseReport;
import io.pilothouse.core.terminal.TerminalOutput;
import io.pilothouse.core.terminal.TerminalSession;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The terminal widget's view of a core terminal session: output decoded as UTF-8 with a streaming
 * decoder (frames may split a character), held in a bounded queue (the reader blocks the stream when
 * the widget falls behind), keys and pastes written as typed, resizes passed on, and a close that
 * happens once however often the widget calls it.
 */
public final class SessionTtyConnector implements TtyConnector, TerminalOutput {

    private static final char[] END = new char[0];

    private final TerminalSession session;
    private final BlockingQueue<char[]> chunks = new ArrayBlockingQueue<>(1024);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(64 * 1024);
    private final Consumer<CloseReport> onClosed;
    private char[] current;
    private int pos;
    private volatile boolean connected = true;
    private volatile CloseReport closeReport;

    public SessionTtyConnector(TerminalSession session, Consumer<CloseReport> onClosed) {
        this.session = session;
        this.onClosed = onClosed;
    }

    public TerminalSession session() {
        return session;
    }

    @Override
    public synchronized void bytes(byte[] data, int offset, int length) {
        int at = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, pending.remaining());
            pending.put(data, at, n);
            at += n;
            left -= n;
            pending.flip();
            CharBuffer out = CharBuffer.allocate(pending.remaining() + 1);
            decoder.decode(pending, out, false);
            pending.compact();
            out.flip();
            if (out.hasRemaining()) {
                char[] chars = new char[out.remaining()];
                out.get(chars);
                put(chars);
            }
        }
    }

    private void put(char[] chars) {
        try {
            while (connected && !chunks.offer(chars, 200, TimeUnit.MILLISECONDS)) {
                // the widget is behind: hold the stream (bounded memory)
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void ended(Integer exitCode, Throwable failure) {
        String line = failure != null ? "\r\n[the connection to the process was lost: " + failure.getMessage() + "]\r\n"
                : "\r\n[process ended" + (exitCode == null ? "" : " with exit code " + exitCode) + "]\r\n";
        put(line.toCharArray());
        connected = false;
        chunks.offer(END);
    }

    @Override
    public int read(char[] buf, int offset, int length) throws IOException {
        try {
            if (current == null || pos >= current.length) {
                if (current == END) {
                    return -1;
                }
                current = chunks.take();
                pos = 0;
                if (current == END) {
                    return -1;
                }
            }
            int n = Math.min(length, current.length - pos);
            System.arraycopy(current, pos, buf, offset, n);
            pos += n;
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void write(byte[] bytes) {
        session.write(bytes);
    }

    @Override
    public void write(String string) {
        session.write(string.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void resize(TermSize size) {
        session.resize(size.getColumns(), size.getRows());
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            Integer code = session.exited().get();
            return code == null ? -1 : code;
        } catch (java.util.concurrent.ExecutionException e) {
            return -1;
        }
    }

    @Override
    public boolean ready() {
        return current != null && pos < current.length || !chunks.isEmpty();
    }

    @Override
    public String getName() {
        return session.title();
    }

    /** Ends the session's process (off the JavaFX thread: it runs Docker calls); once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closeReport != null) {
                return;
            }
            closeReport = CloseReport.ended("closing");
        }
        connected = false;
        CloseReport report = session.close();
        closeReport = report;
        chunks.offer(END);
        onClosed.accept(report);
    }
}
