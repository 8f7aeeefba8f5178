package io.pilothouse.core.host;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * An SSLContext whose layered sockets bound their reads themselves ({@link HeadTimedSslSocket}): a
 * server that accepts the TCP connection and never answers the handshake cannot hold a caller
 * forever, a response head must come within the response timeout, and a body may take its time.
 */
final class TimedSslContext extends SSLContext {

    TimedSslContext(SSLContext delegate, Duration handshakeTimeout) {
        super(new Spi(delegate, handshakeTimeout), delegate.getProvider(), delegate.getProtocol());
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext delegate;
        private final int timeoutMillis;

        Spi(SSLContext delegate, Duration timeout) {
            this.delegate = delegate;
            this.timeoutMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        }

        @Override
        protected void engineInit(javax.net.ssl.KeyManager[] km, javax.net.ssl.TrustManager[] tm, SecureRandom sr)
                throws KeyManagementException {
            throw new KeyManagementException("already initialised");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new TimedSocketFactory(delegate.getSocketFactory(), timeoutMillis);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return delegate.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return delegate.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return delegate.createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return delegate.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return delegate.getClientSessionContext();
        }
    }

    private static final class TimedSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final int timeoutMillis;

        TimedSocketFactory(SSLSocketFactory delegate, int timeoutMillis) {
            this.delegate = delegate;
            this.timeoutMillis = timeoutMillis;
        }

        private Socket timed(Socket s) throws IOException {
            s.setSoTimeout(timeoutMillis);
            return s;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            // the HTTP client layers TLS over its own TCP socket: this is the one it reads through
            return new HeadTimedSslSocket((javax.net.ssl.SSLSocket) delegate.createSocket(s, host, port, autoClose),
                    timeoutMillis);
        }

        @Override
        public Socket createSocket(Socket s, InputStream consumed, boolean autoClose) throws IOException {
            return timed(delegate.createSocket(s, consumed, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return timed(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return timed(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return timed(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return timed(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return timed(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
