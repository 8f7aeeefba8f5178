package io.pilothouse.core.host;

import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * An SSLSocket whose reads wait at most: the handshake timeout while handshaking, what is left of
 * the response-head deadline while a request waits for its head ({@link ResponseHeadTimeout}), and
 * otherwise only what the HTTP client asked for explicitly (0, forever, for a body or a stream).
 */
final class HeadTimedSslSocket extends SSLSocket {

    private final SSLSocket delegate;
    private final int handshakeMillis;
    private volatile int requested;     // what the HTTP client set
    private volatile int applied = -1;  // what the delegate has
    private volatile InputStream in;

    HeadTimedSslSocket(SSLSocket delegate, int handshakeMillis) throws SocketException {
        this.delegate = delegate;
        this.handshakeMillis = handshakeMillis;
        apply(handshakeMillis);
    }

    private void apply(int millis) throws SocketException {
        if (millis != applied) {
            delegate.setSoTimeout(millis);
            applied = millis;
        }
    }

    /** Sets the delegate's read timeout for the next read; fails at once when the head deadline has passed. */
    private void beforeRead() throws IOException {
        long head = ResponseHeadTimeout.remainingMillis();
        int explicit = requested;
        if (head < 0) {
            apply(explicit);
            return;
        }
        if (head == 0) {
            throw new SocketTimeoutException("Read timed out (no response head in time)");
        }
        int headMillis = (int) Math.min(Integer.MAX_VALUE, head);
        apply(explicit > 0 ? Math.min(explicit, headMillis) : headMillis);
    }

    @Override
    public void startHandshake() throws IOException {
        long head = ResponseHeadTimeout.remainingMillis();
        int limit = head > 0 ? (int) Math.min(handshakeMillis, head) : handshakeMillis;
        apply(limit);
        delegate.startHandshake();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream s = in;
        if (s == null) {
            s = new FilterInputStream(delegate.getInputStream()) {
                @Override
                public int read() throws IOException {
                    beforeRead();
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    beforeRead();
                    return super.read(b, off, len);
                }
            };
            in = s;
        }
        return s;
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        requested = timeout;
    }

    @Override
    public int getSoTimeout() {
        return requested;
    }

    // ---- everything else as the delegate does it -----------------------------------------------------

    @Override public OutputStream getOutputStream() throws IOException { return delegate.getOutputStream(); }
    @Override public void close() throws IOException { delegate.close(); }
    @Override public boolean isClosed() { return delegate.isClosed(); }
    @Override public boolean isConnected() { return delegate.isConnected(); }
    @Override public boolean isBound() { return delegate.isBound(); }
    @Override public boolean isInputShutdown() { return delegate.isInputShutdown(); }
    @Override public boolean isOutputShutdown() { return delegate.isOutputShutdown(); }
    @Override public void shutdownInput() throws IOException { delegate.shutdownInput(); }
    @Override public void shutdownOutput() throws IOException { delegate.shutdownOutput(); }
    @Override public InetAddress getInetAddress() { return delegate.getInetAddress(); }
    @Override public InetAddress getLocalAddress() { return delegate.getLocalAddress(); }
    @Override public int getPort() { return delegate.getPort(); }
    @Override public int getLocalPort() { return delegate.getLocalPort(); }
    @Override public SocketAddress getRemoteSocketAddress() { return delegate.getRemoteSocketAddress(); }
    @Override public SocketAddress getLocalSocketAddress() { return delegate.getLocalSocketAddress(); }
    @Override public void setTcpNoDelay(boolean on) throws SocketException { delegate.setTcpNoDelay(on); }
    @Override public boolean getTcpNoDelay() throws SocketException { return delegate.getTcpNoDelay(); }
    @Override public void setSoLinger(boolean on, int linger) throws SocketException { delegate.setSoLinger(on, linger); }
    @Override public int getSoLinger() throws SocketException { return delegate.getSoLinger(); }
    @Override public void setKeepAlive(boolean on) throws SocketException { delegate.setKeepAlive(on); }
    @Override public boolean getKeepAlive() throws SocketException { return delegate.getKeepAlive(); }
    @Override public void setSendBufferSize(int size) throws SocketException { delegate.setSendBufferSize(size); }
    @Override public int getSendBufferSize() throws SocketException { return delegate.getSendBufferSize(); }
    @Override public void setReceiveBufferSize(int size) throws SocketException { delegate.setReceiveBufferSize(size); }
    @Override public int getReceiveBufferSize() throws SocketException { return delegate.getReceiveBufferSize(); }
    @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
    @Override public String[] getEnabledCipherSuites() { return delegate.getEnabledCipherSuites(); }
    @Override public void setEnabledCipherSuites(String[] suites) { delegate.setEnabledCipherSuites(suites); }
    @Override public String[] getSupportedProtocols() { return delegate.getSupportedProtocols(); }
    @Override public String[] getEnabledProtocols() { return delegate.getEnabledProtocols(); }
    @Override public void setEnabledProtocols(String[] protocols) { delegate.setEnabledProtocols(protocols); }
    @Override public SSLSession getSession() { return delegate.getSession(); }
    @Override public SSLSession getHandshakeSession() { return delegate.getHandshakeSession(); }
    @Override public void addHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.addHandshakeCompletedListener(l); }
    @Override public void removeHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.removeHandshakeCompletedListener(l); }
    @Override public void setUseClientMode(boolean mode) { delegate.setUseClientMode(mode); }
    @Override public boolean getUseClientMode() { return delegate.getUseClientMode(); }
    @Override public void setNeedClientAuth(boolean need) { delegate.setNeedClientAuth(need); }
    @Override public boolean getNeedClientAuth() { return delegate.getNeedClientAuth(); }
    @Override public void setWantClientAuth(boolean want) { delegate.setWantClientAuth(want); }
    @Override public boolean getWantClientAuth() { return delegate.getWantClientAuth(); }
    @Override public void setEnableSessionCreation(boolean flag) { delegate.setEnableSessionCreation(flag); }
    @Override public boolean getEnableSessionCreation() { return delegate.getEnableSessionCreation(); }
    @Override public SSLParameters getSSLParameters() { return delegate.getSSLParameters(); }
    @Override public void setSSLParameters(SSLParameters params) { delegate.setSSLParameters(params); }
    @Override public String getApplicationProtocol() { return delegate.getApplicationProtocol(); }
    @Override public String getHandshakeApplicationProtocol() { return delegate.getHandshakeApplicationProtocol(); }
    @Override public String toString() { return delegate.toString(); }
}
