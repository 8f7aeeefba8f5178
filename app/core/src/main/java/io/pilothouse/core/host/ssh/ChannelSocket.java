package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.Channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.UnixDomainSocketAddress;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A {@link Socket} whose bytes travel through one open SSH channel (direct-streamlocal to the
 * remote Docker socket), so an HTTP client can use it like any other connection. It is connected
 * from birth; TCP options are accepted and ignored. Reads honour {@link #setSoTimeout}; when the
 * stream ends because the SSH session died, reading fails instead of reporting a clean end.
 */
final class ChannelSocket extends Socket {

    private final Channel channel;
    private final ChannelPipe incoming;
    private final OutputStream channelOut;
    private final BooleanSupplier sessionAlive;
    private final String description;
    private final SocketAddress remoteAddress;
    private final InputStream in;
    private final OutputStream out;
    private volatile int soTimeout;
    private volatile boolean closed;
    private volatile boolean inputShutdown;
    private volatile boolean outputShutdown;

    ChannelSocket(Channel channel, ChannelPipe incoming, OutputStream channelOut, String remoteSocket,
                  BooleanSupplier sessionAlive, String description) {
        this.channel = channel;
        this.incoming = incoming;
        this.channelOut = channelOut;
        this.sessionAlive = sessionAlive;
        this.description = description;
        this.remoteAddress = UnixDomainSocketAddress.of(remoteSocket);
        this.in = new ChannelInput();
        this.out = new ChannelOutput();
    }

    private final class ChannelInput extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (inputShutdown) {
                return -1;
            }
            int n = incoming.read(b, off, len, soTimeout);
            if (n < 0 && !sessionAlive.getAsBoolean()) {
                throw new SocketException("The SSH connection to " + description + " was lost");
            }
            return n;
        }

        @Override
        public int available() {
            return incoming.available();
        }

        @Override
        public void close() throws IOException {
            ChannelSocket.this.close();
        }
    }

    private final class ChannelOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            checkWritable();
            channelOut.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            checkWritable();
            channelOut.flush();
        }

        @Override
        public void close() throws IOException {
            ChannelSocket.this.close();
        }

        private void checkWritable() throws IOException {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (outputShutdown) {
                throw new SocketException("Socket output is shut down");
            }
            if (!sessionAlive.getAsBoolean()) {
                throw new SocketException("The SSH connection to " + description + " was lost");
            }
            if (channel.isClosed()) {
                throw new SocketException("The channel to the Docker socket was closed by the server");
            }
        }
    }

    @Override
    public InputStream getInputStream() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return in;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return out;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        throw new SocketException("already connected");
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        throw new SocketException("already connected");
    }

    @Override
    public void bind(SocketAddress bindpoint) throws IOException {
        throw new SocketException("cannot bind an SSH channel");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        incoming.closeReader();
        channel.disconnect();
    }

    /** Sends EOF on the channel: the remote side sees the end of what this side writes. */
    @Override
    public void shutdownOutput() throws IOException {
        if (outputShutdown || closed) {
            return;
        }
        outputShutdown = true;
        channelOut.close();
    }

    @Override
    public void shutdownInput() {
        inputShutdown = true;
    }

    @Override
    public boolean isInputShutdown() {
        return inputShutdown;
    }

    @Override
    public boolean isOutputShutdown() {
        return outputShutdown;
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public boolean isBound() {
        return true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.soTimeout = timeout;
    }

    @Override
    public int getSoTimeout() {
        return soTimeout;
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return remoteAddress;
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public InetAddress getInetAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getPort() {
        return 0;
    }

    @Override
    public int getLocalPort() {
        return 0;
    }

    @Override
    public java.nio.channels.SocketChannel getChannel() {
        return null;
    }

    // TCP options mean nothing on an SSH channel: accepted and ignored.

    @Override
    public void setTcpNoDelay(boolean on) {
    }

    @Override
    public boolean getTcpNoDelay() {
        return true;
    }

    @Override
    public void setSoLinger(boolean on, int linger) {
    }

    @Override
    public int getSoLinger() {
        return -1;
    }

    @Override
    public void setKeepAlive(boolean on) {
    }

    @Override
    public boolean getKeepAlive() {
        return false;
    }

    @Override
    public void setReuseAddress(boolean on) {
    }

    @Override
    public boolean getReuseAddress() {
        return false;
    }

    @Override
    public void setReceiveBufferSize(int size) {
    }

    @Override
    public int getReceiveBufferSize() {
        return ChannelPipe.INITIAL_CAPACITY;
    }

    @Override
    public void setSendBufferSize(int size) {
    }

    @Override
    public int getSendBufferSize() {
        return ChannelPipe.INITIAL_CAPACITY;
    }

    @Override
    public void setOOBInline(boolean on) {
    }

    @Override
    public boolean getOOBInline() {
        return false;
    }

    @Override
    public void sendUrgentData(int data) throws IOException {
        throw new SocketException("urgent data is not supported on an SSH channel");
    }

    @Override
    public void setTrafficClass(int tc) {
    }

    @Override
    public int getTrafficClass() {
        return 0;
    }

    @Override
    public <T> Socket setOption(SocketOption<T> name, T value) {
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        throw new UnsupportedOperationException("'" + name + "' not supported on an SSH channel");
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return Set.of();
    }

    @Override
    public String toString() {
        return "ChannelSocket[" + description + " -> " + remoteAddress + "]";
    }
}
