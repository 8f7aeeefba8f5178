package io.pilothouse.core.host;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Under TLS 1.3 a server judges the client certificate after the client considers the handshake
 * done; its refusal (an alert such as bad_certificate or certificate_required) then waits in the
 * socket, and a client that writes its request first only sees the connection break. This probe
 * handshakes and reads before writing anything, so the alert itself comes out. Used only after a
 * connection already failed that way, to name the reason.
 */
final class TlsRefusalProbe {

    private static final Duration MAX_WAIT = Duration.ofSeconds(3);

    private TlsRefusalProbe() {
    }

    /** What the server said when we only listened after the handshake, or null if it said nothing in time. */
    static Throwable refusal(TlsTransport tls, SSLContext ssl, ConnectOptions options) {
        int connectMillis = (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis());
        int waitMillis = (int) Math.min(MAX_WAIT.toMillis(), options.responseTimeout().toMillis());
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(tls.host(), tls.port()), connectMillis);
            try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket(raw, tls.host(), tls.port(), true)) {
                socket.setSoTimeout(connectMillis);
                socket.startHandshake();
                socket.setSoTimeout(waitMillis);
                socket.getInputStream().read();
                return null;
            }
        } catch (java.net.SocketTimeoutException e) {
            return null; // silence: the server did not refuse us this time
        } catch (IOException e) {
            return e;
        }
    }
}
