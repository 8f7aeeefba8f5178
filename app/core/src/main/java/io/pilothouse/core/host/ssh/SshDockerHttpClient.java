package io.pilothouse.core.host.ssh;

import com.github.dockerjava.transport.DockerHttpClient;
import io.pilothouse.core.host.ConnectionFailure;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentLengthStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.impl.DefaultContentLengthStrategy;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A docker-java {@link DockerHttpClient} on Apache HttpClient 5 whose every connection is an SSH
 * channel to the remote Docker socket ({@link ChannelConnectionOperator}). Connections are pooled
 * and used in parallel; exec/attach with stdin are hijacked like docker-java's own client does.
 * Transport failures come out as {@link ConnectionFailure}s.
 */
final class SshDockerHttpClient implements DockerHttpClient {

    static final int MAX_CONNECTIONS = 100;

    /** The Docker API ignores the authority; this one is never resolved. */
    private static final HttpHost HOST = new HttpHost("http", "docker.sock", 80);

    private final CloseableHttpClient httpClient;
    private final StreamLocalChannels channels;
    private final Duration responseTimeout;
    private final Runnable onClose;
    private volatile boolean closed;

    /** {@code onClose} runs once when this client is closed: the transport goes with it. */
    SshDockerHttpClient(StreamLocalChannels channels, Duration connectTimeout, Duration responseTimeout, Runnable onClose) {
        this.channels = channels;
        this.responseTimeout = responseTimeout;
        this.onClose = onClose;
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                new ChannelConnectionOperator(channels, connectTimeout),
                PoolConcurrencyPolicy.STRICT,
                PoolReusePolicy.LIFO,
                TimeValue.NEG_ONE_MILLISECOND,
                new ManagedHttpClientConnectionFactory(null, null, null, null,
                        SshDockerHttpClient::contentLength, null));
        connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.DISABLED).build());
        connections.setMaxTotal(MAX_CONNECTIONS);
        connections.setDefaultMaxPerRoute(MAX_CONNECTIONS);
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(timeout(connectTimeout))
                // a channel the engine closed while pooled is noticed (EOF) before it is reused
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build());
        this.httpClient = HttpClients.custom()
                .setRequestExecutor(new HijackingRequestExecutor())
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout(responseTimeout))
                        .setConnectionRequestTimeout(timeout(responseTimeout))
                        .build())
                .disableConnectionState()
                .disableContentCompression()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    private static Timeout timeout(Duration d) {
        return d.isZero() || d.isNegative() ? Timeout.DISABLED : Timeout.of(d.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** docker streams logs with "Transfer-Encoding: identity": read those to the end of the connection. */
    private static long contentLength(org.apache.hc.core5.http.HttpMessage message) throws org.apache.hc.core5.http.HttpException {
        Header transferEncoding = message.getFirstHeader(HttpHeaders.TRANSFER_ENCODING);
        if (transferEncoding != null && "identity".equalsIgnoreCase(transferEncoding.getValue())) {
            return ContentLengthStrategy.UNDEFINED;
        }
        return DefaultContentLengthStrategy.INSTANCE.determineLength(message);
    }

    @Override
    public Response execute(Request request) {
        if (closed) {
            throw new ConnectionFailure(ConnectionFailure.Kind.DISCONNECTED,
                    "The SSH connection to " + channels.description() + " is closed.");
        }
        if (!channels.sessionAlive()) {
            throw SshFailureTranslator.disconnected(channels.description(), null);
        }
        HttpCoreContext context = HttpCoreContext.create();
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(request.method(), URI.create(request.path()));
        httpRequest.setScheme(HOST.getSchemeName());
        httpRequest.setAuthority(new URIAuthority(HOST.getHostName(), HOST.getPort()));
        request.headers().forEach(httpRequest::addHeader);

        byte[] bodyBytes = request.bodyBytes();
        if (bodyBytes != null) {
            httpRequest.setEntity(new ByteArrayEntity(bodyBytes, null));
        } else {
            InputStream body = request.body();
            if (body != null) {
                httpRequest.setEntity(new InputStreamEntity(body, null));
            }
        }
        if (request.hijackedInput() != null) {
            context.setAttribute(HijackingRequestExecutor.HIJACKED_INPUT_ATTRIBUTE, request.hijackedInput());
            httpRequest.setHeader("Upgrade", "tcp");
            httpRequest.setHeader("Connection", "Upgrade");
        }
        try {
            ClassicHttpResponse response = httpClient.executeOpen(HOST, httpRequest, context);
            return new ChannelHttpResponse(httpRequest, response);
        } catch (IOException e) {
            throw translate(e, request);
        }
    }

    private ConnectionFailure translate(IOException e, Request request) {
        if (closed) {
            return new ConnectionFailure(ConnectionFailure.Kind.DISCONNECTED,
                    "The SSH connection to " + channels.description() + " was closed during "
                            + request.method() + " " + request.path() + ".", e);
        }
        if (e instanceof SocketTimeoutException) {
            if (!channels.sessionAlive()) {
                return SshFailureTranslator.disconnected(channels.description(), e);
            }
            return new ConnectionFailure(ConnectionFailure.Kind.TIMEOUT,
                    "The Docker engine on " + channels.description() + " did not answer " + request.method() + " "
                            + request.path() + " within " + SshFailureTranslator.seconds(responseTimeout) + ".", e);
        }
        if (channels.sessionLostAfterFailure()) {
            return SshFailureTranslator.disconnected(channels.description(), e);
        }
        return new ConnectionFailure(ConnectionFailure.Kind.OTHER,
                "The request " + request.method() + " " + request.path() + " to the Docker engine on "
                        + channels.description() + " failed: " + e.getMessage(), e);
    }

    /** Closes every connection and, with them, the SSH session (docker-java's client close ends the transport). */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            httpClient.close(CloseMode.IMMEDIATE);
        } finally {
            onClose.run();
        }
    }
}
