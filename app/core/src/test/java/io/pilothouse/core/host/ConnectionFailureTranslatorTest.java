package io.pilothouse.core.host;

import com.github.dockerjava.transport.UnixSocket;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The classifier, fed with exceptions that real sockets on 127.0.0.1 raise. */
class ConnectionFailureTranslatorTest {

    @TempDir
    static Path dir;
    private static TestCertificates.Ca ca;
    private static TestCertificates.Ca otherCa;
    private static Path[] server;

    @BeforeAll
    static void certificates() {
        ca = TestCertificates.newCa(dir, "test-ca");
        otherCa = TestCertificates.newCa(dir, "other-ca");
        server = TestCertificates.issue(ca, dir, "server", List.of("IP:127.0.0.1", "DNS:localhost"), false);
    }

    private static HostProfile tlsProfile(String name, String host, int port) {
        return HostProfile.create(name, TlsTransport.withCertDir(host, port, dir.toString()), null);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedConnectionNamesTheAddress() throws IOException {
        int port = closedPort();
        Throwable error = catchThrowable(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 2000));
        ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("box", "127.0.0.1", port), error);
        assertThat(f.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
        assertThat(f.getMessage()).contains("127.0.0.1:" + port, "box", "listens");
        assertThat(f.getCause()).isSameAs(error);
    }

    @Test
    void docker_javaWrappingsAreUnwrapped() throws IOException {
        int port = closedPort();
        IOException io = (IOException) catchThrowable(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port)));
        Throwable wrapped = new RuntimeException("request failed", new UncheckedIOException(io));
        assertThat(ConnectionFailureTranslator.translate(tlsProfile("box", "127.0.0.1", port), wrapped).kind())
                .isEqualTo(Kind.CONNECTION_REFUSED);
    }

    @Test
    void nameThatDoesNotResolve() {
        Throwable error = catchThrowable(() -> InetAddress.getByName("engine.pilothouse.invalid"));
        ConnectionFailure f = ConnectionFailureTranslator.translate(
                tlsProfile("nowhere", "engine.pilothouse.invalid", 2376), new RuntimeException(error));
        assertThat(f.kind()).isEqualTo(Kind.NAME_UNRESOLVED);
        assertThat(f.getMessage()).contains("'engine.pilothouse.invalid'", "does not resolve");
    }

    @Test
    void silentPeerTimesOut() throws IOException {
        try (SilentServer silent = new SilentServer(); Socket s = new Socket("127.0.0.1", silent.port())) {
            s.setSoTimeout(200);
            Throwable error = catchThrowable(() -> s.getInputStream().read());
            ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("slow", "127.0.0.1", silent.port()),
                    error, Duration.ofMillis(200));
            assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(f.getMessage()).contains("slow", "within 0.2 s");
        }
    }

    @Test
    void plainHttpAnsweringTheHandshake() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket c = plain.accept(); OutputStream out = c.getOutputStream()) {
                    c.getInputStream().read(new byte[512]);
                    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(300);
                } catch (Exception ignored) {
                    // the client went away
                }
            });
            t.start();
            Throwable error = handshake(client(ca, "127.0.0.1"), plain.getLocalPort());
            t.join();
            ConnectionFailure f = ConnectionFailureTranslator.translate(
                    tlsProfile("web", "127.0.0.1", plain.getLocalPort()), error);
            assertThat(f.kind()).isEqualTo(Kind.TLS_NOT_TLS);
            assertThat(f.getMessage()).contains("without TLS");
        }
    }

    @Test
    void serverCertificateFromAnotherCa() throws Exception {
        try (TlsServer tls = new TlsServer(false)) {
            Throwable error = handshake(client(otherCa, "127.0.0.1"), tls.port());
            ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("box", "127.0.0.1", tls.port()), error);
            assertThat(f.kind()).isEqualTo(Kind.TLS_UNTRUSTED_CA);
            assertThat(f.getMessage()).contains("CN=test-ca", dir.resolve("ca.pem").toString());
        }
    }

    @Test
    void hostNameIsCheckedEvenWithoutEndpointIdentification() throws Exception {
        // a bare SSLSocket: no HTTPS endpoint identification is set, the verifier still checks the name
        try (TlsServer tls = new TlsServer(false)) {
            Throwable error = handshake(client(ca, "127.0.0.2"), tls.port());
            ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("box", "127.0.0.2", tls.port()), error);
            assertThat(f.kind()).isEqualTo(Kind.TLS_HOSTNAME_MISMATCH);
            assertThat(f.getMessage()).contains("valid for 127.0.0.1, localhost, not for '127.0.0.2'");
        }
    }

    @Test
    void dnsNameTheCertificateDoesNotHold() throws Exception {
        // the verifier checks the profile's name, whatever address the socket reached
        try (TlsServer tls = new TlsServer(false)) {
            Throwable error = handshake(client(ca, "tls-mismatch.pilothouse.test"), tls.port());
            ConnectionFailure f = ConnectionFailureTranslator.translate(
                    tlsProfile("box", "tls-mismatch.pilothouse.test", tls.port()), error);
            assertThat(f.kind()).isEqualTo(Kind.TLS_HOSTNAME_MISMATCH);
            assertThat(f.getMessage()).contains("valid for 127.0.0.1, localhost, not for 'tls-mismatch.pilothouse.test'");
        }
    }

    @Test
    void matchingNameAndCaHandshake() throws Exception {
        try (TlsServer tls = new TlsServer(false)) {
            assertThat(handshake(client(ca, "localhost"), tls.port())).isNull();
        }
    }

    @Test
    void serverRequiringAClientCertificateWeDoNotHave() throws Exception {
        try (TlsServer tls = new TlsServer(true)) {
            Throwable error = handshake(client(ca, "127.0.0.1"), tls.port());
            ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("box", "127.0.0.1", tls.port()), error);
            assertThat(f.kind()).isEqualTo(Kind.TLS_CLIENT_CERT_REJECTED);
            assertThat(f.getMessage()).contains("box", "client certificate");
        }
    }

    @Test
    void unixSocketMissingAndRefused() throws IOException {
        Path missing = dir.resolve("missing.sock");
        HostProfile profile = HostProfile.create("local", new UnixSocketTransport(missing.toString()), null);
        Throwable error = catchThrowable(() -> UnixSocket.get(missing.toString()));
        ConnectionFailure f = ConnectionFailureTranslator.translate(profile, error);
        assertThat(f.kind()).isEqualTo(Kind.SOCKET_MISSING);
        assertThat(f.getMessage()).contains(missing.toString());

        Path stale = dir.resolve("stale.sock");
        var channel = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
        channel.bind(java.net.UnixDomainSocketAddress.of(stale));
        channel.close(); // the file stays, nobody listens
        HostProfile staleProfile = HostProfile.create("local", new UnixSocketTransport(stale.toString()), null);
        ConnectionFailure refused = ConnectionFailureTranslator.translate(staleProfile,
                catchThrowable(() -> UnixSocket.get(stale.toString())));
        assertThat(refused.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
        assertThat(refused.getMessage()).contains(stale.toString(), "no engine listens");
    }

    @Test
    void unixSocketPermissionDenied() {
        // root may open any socket, so this is the exception the JDK raises for EACCES, built by hand
        HostProfile profile = HostProfile.create("local", new UnixSocketTransport("/var/run/docker.sock"), null);
        ConnectionFailure f = ConnectionFailureTranslator.translate(profile,
                new RuntimeException(new SocketException("Permission denied")));
        assertThat(f.kind()).isEqualTo(Kind.SOCKET_PERMISSION_DENIED);
        assertThat(f.getMessage()).contains("/var/run/docker.sock", "'docker' group");
    }

    @Test
    void aConnectionFailureInsideIsKept() {
        ConnectionFailure inner = new ConnectionFailure(Kind.SSH_AUTH_FAILED, "no");
        assertThat(ConnectionFailureTranslator.translate(tlsProfile("box", "h", 1), new RuntimeException(inner)))
                .isSameAs(inner);
    }

    @Test
    void anythingElseIsOtherAndSaysWhat() {
        ConnectionFailure f = ConnectionFailureTranslator.translate(tlsProfile("box", "h", 1),
                new IllegalStateException("something odd"));
        assertThat(f.kind()).isEqualTo(Kind.OTHER);
        assertThat(f.getMessage()).contains("box", "something odd");
    }

    // ---- plumbing ------------------------------------------------------------------------------------

    private static SSLContext client(TestCertificates.Ca trusted, String expectedHost) {
        HostProfile p = tlsProfile("box", expectedHost, 1);
        return TlsContextFactory.create(TlsContextFactory.readCertificates(p, trusted.cert(), "CA"), null,
                expectedHost, Duration.ofSeconds(5));
    }

    /** Handshakes with 127.0.0.1:port and reads the server's greeting; null when all went well. */
    private static Throwable handshake(SSLContext context, int port) {
        return catchThrowable(() -> {
            try (SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
                s.setSoTimeout(3000);
                s.startHandshake();
                // read before writing: under TLS 1.3 the server judges our certificate after our side is done
                if (s.getInputStream().read() != 'y') {
                    throw new IOException("the test server did not greet");
                }
            }
        });
    }

    /** A TLS server with the test CA's certificate for 127.0.0.1 and localhost. */
    private static final class TlsServer implements AutoCloseable {
        private final SSLServerSocket socket;

        TlsServer(boolean needClientAuth) throws Exception {
            HostProfile p = tlsProfile("server", "127.0.0.1", 1);
            List<X509Certificate> chain = TlsContextFactory.readCertificates(p, server[0], "server certificate");
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", TlsContextFactory.readPrivateKey(p, server[1]), "pw".toCharArray(),
                    chain.toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "pw".toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            socket = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
            socket.setNeedClientAuth(needClientAuth);
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (SSLSocket c = (SSLSocket) socket.accept()) {
                        c.setSoTimeout(3000);
                        c.startHandshake();
                        c.getOutputStream().write('y');
                        c.getOutputStream().flush();
                    } catch (IOException ignored) {
                        // the client failed its side: that is what the tests look at
                    }
                }
            }, "tls-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
