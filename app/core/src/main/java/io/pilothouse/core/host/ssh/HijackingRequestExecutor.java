package io.pilothouse.core.host.ssh;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs HTTP exchanges on SSH channels, with two differences from the stock executor:
 * <ul>
 * <li>the response timeout bounds the wait for the response head only; a body (a log, event or
 * attach stream) may then stay silent as long as its reader wants, and is ended by cancelling it or
 * by the SSH keepalive noticing a dead link;</li>
 * <li>a request carrying a hijacked input (exec/attach with stdin) expects "101 Switching
 * Protocols", then a thread copies the input onto the connection while the caller reads the raw
 * stream; when the input ends the channel is half-closed, as the docker CLI does, so the
 * process in the container sees the end of its stdin.</li>
 * </ul>
 */
final class HijackingRequestExecutor extends HttpRequestExecutor {

    static final String HIJACKED_INPUT_ATTRIBUTE = "io.pilothouse.ssh.hijackedInput";

    private static final Logger LOG = LoggerFactory.getLogger(HijackingRequestExecutor.class);
    private static final AtomicLong PUMPS = new AtomicLong();

    HijackingRequestExecutor() {
        super();
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection conn,
                                       HttpResponseInformationCallback informationCallback, HttpContext context)
            throws IOException, HttpException {
        Objects.requireNonNull(request, "HTTP request");
        Objects.requireNonNull(conn, "Client connection");
        Objects.requireNonNull(context, "HTTP context");
        InputStream hijackedInput = (InputStream) context.getAttribute(HIJACKED_INPUT_ATTRIBUTE);
        if (hijackedInput != null) {
            return executeHijacked(request, conn, (HttpCoreContext) context, hijackedInput);
        }
        ClassicHttpResponse response = super.execute(request, conn, informationCallback, context);
        // the head arrived in time: the body is read without the response timeout
        conn.setSocketTimeout(Timeout.DISABLED);
        return response;
    }

    private ClassicHttpResponse executeHijacked(ClassicHttpRequest request, HttpClientConnection conn,
                                                HttpCoreContext context, InputStream hijackedInput)
            throws HttpException, IOException {
        try {
            context.setSSLSession(conn.getSSLSession());
            context.setEndpointDetails(conn.getEndpointDetails());
            ProtocolVersion transportVersion = request.getVersion();
            if (transportVersion != null) {
                context.setProtocolVersion(transportVersion);
            }
            conn.sendRequestHeader(request);
            conn.sendRequestEntity(request);
            conn.flush();

            ClassicHttpResponse response = conn.receiveResponseHeader();
            if (response.getCode() != HttpStatus.SC_SWITCHING_PROTOCOLS) {
                conn.terminateRequest(request);
                throw new ProtocolException("Expected 101 Switching Protocols, got: " + new StatusLine(response));
            }
            conn.setSocketTimeout(Timeout.DISABLED);

            Thread pump = new Thread(() -> pumpInput(conn, hijackedInput),
                    "pilothouse-ssh-stdin-" + PUMPS.incrementAndGet());
            pump.setDaemon(true);
            pump.start();

            // 101 -> 200: the raw stream is the body
            response.setCode(HttpStatus.SC_OK);
            conn.receiveResponseEntity(response);
            return response;
        } catch (HttpException | IOException | RuntimeException e) {
            Closer.closeQuietly(conn);
            throw e;
        }
    }

    private static void pumpInput(HttpClientConnection conn, InputStream input) {
        try {
            BasicClassicHttpRequest carrier = new BasicClassicHttpRequest("POST", "/");
            carrier.setHeader(HttpHeaders.CONTENT_LENGTH, Long.MAX_VALUE);
            carrier.setEntity(new HijackedEntity(input));
            conn.sendRequestEntity(carrier);
            conn.flush();
            if (conn instanceof ManagedHttpClientConnection managed) {
                Socket socket = managed.getSocket();
                if (socket != null && !socket.isClosed()) {
                    socket.shutdownOutput();
                }
            }
        } catch (Exception e) {
            LOG.debug("copying stdin to a hijacked connection stopped: {}", e.toString());
        }
    }

    private static final class HijackedEntity extends AbstractHttpEntity {

        private final InputStream input;

        HijackedEntity(InputStream input) {
            super((String) null, null, false);
            this.input = input;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = input.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                out.flush();
            }
        }

        @Override
        public InputStream getContent() {
            return input;
        }

        @Override
        public boolean isStreaming() {
            return true;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void close() throws IOException {
            input.close();
        }
    }
}
