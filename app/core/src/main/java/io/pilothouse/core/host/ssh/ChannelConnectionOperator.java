package io.pilothouse.core.host.ssh;

import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Connects each pooled HTTP connection by opening a new SSH channel to the remote Docker socket:
 * no name is resolved and no TCP connection is made.
 */
final class ChannelConnectionOperator implements HttpClientConnectionOperator {

    private final StreamLocalChannels channels;
    private final Duration defaultConnectTimeout;

    ChannelConnectionOperator(StreamLocalChannels channels, Duration defaultConnectTimeout) {
        this.channels = channels;
        this.defaultConnectTimeout = defaultConnectTimeout;
    }

    @Override
    public void connect(ManagedHttpClientConnection conn, HttpHost host, InetSocketAddress localAddress,
                        TimeValue connectTimeout, SocketConfig socketConfig, HttpContext context) throws IOException {
        connect(conn, host, null, localAddress,
                connectTimeout != null ? Timeout.of(connectTimeout.getDuration(), connectTimeout.getTimeUnit()) : null,
                socketConfig, null, context);
    }

    @Override
    public void connect(ManagedHttpClientConnection conn, HttpHost endpointHost, NamedEndpoint endpointName,
                        InetSocketAddress localAddress, Timeout connectTimeout, SocketConfig socketConfig,
                        Object attachment, HttpContext context) throws IOException {
        Duration timeout = connectTimeout != null && connectTimeout.isEnabled()
                ? Duration.ofMillis(connectTimeout.toMilliseconds()) : defaultConnectTimeout;
        ChannelSocket socket = channels.open(timeout);
        try {
            Timeout soTimeout = socketConfig != null ? socketConfig.getSoTimeout() : null;
            if (soTimeout != null) {
                socket.setSoTimeout(soTimeout.toMillisecondsIntBound());
            }
            conn.bind(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void upgrade(ManagedHttpClientConnection conn, HttpHost host, HttpContext context) {
        throw new UnsupportedOperationException("no protocol upgrade on an SSH channel to the Docker socket");
    }
}
