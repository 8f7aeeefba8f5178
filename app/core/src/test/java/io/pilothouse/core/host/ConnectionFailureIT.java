package io.pilothouse.core.host;

import io.pilothouse.core.testenv.TcpRelay;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each way a connection can fail, against the real test engine or real loopback sockets. */
class ConnectionFailureIT {

    private static final TestEnv ENV = TestEnv.get();

    @TempDir
    static Path certs;
    private static TestCertificates.Ca otherCa;
    private static Path[] otherClient;

    @TempDir
    Path home;

    @BeforeAll
    static void makeAnotherCa() {
        otherCa = TestCertificates.newCa(certs, "other-ca");
        otherClient = TestCertificates.issue(otherCa, certs, "other-client", List.of(), true);
    }

    private ConnectionFactory factory() {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home));
    }

    private static ConnectOptions options() {
        return new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private ConnectionFailure failureOf(HostProfile profile, ConnectOptions options) {
        ConnectionFailure f = catchThrowableOfType(ConnectionFailure.class, () -> factory().connect(profile, options).close());
        assertThat(f).as("connecting to %s must fail", profile.transport().url()).isNotNull();
        return f;
    }

    private static HostProfile tls(String name, String host, int port, Path certDir) {
        return HostProfile.create(name, TlsTransport.withCertDir(host, port, certDir.toString()), null);
    }

    private static Path client(String file) {
        return ENV.certPath().resolve(file);
    }

    @Test
    void nameThatDoesNotResolve() {
        ConnectionFailure f = failureOf(tls("nowhere", "engine.pilothouse.invalid", 2376, ENV.certPath()), options());
        assertThat(f.kind()).isEqualTo(Kind.NAME_UNRESOLVED);
        assertThat(f.getMessage()).contains("'engine.pilothouse.invalid'", "nowhere", "does not resolve");
    }

    @Test
    void nothingListening() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ConnectionFailure f = failureOf(tls("closed-port", "127.0.0.1", port, ENV.certPath()), options());
        assertThat(f.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
        assertThat(f.getMessage()).contains("127.0.0.1:" + port, "closed-port");
    }

    @Test
    void serverThatNeverAnswers() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            ConnectOptions shortWait = new ConnectOptions(CredentialPrompt.NONE, Duration.ofMillis(800),
                    Duration.ofMillis(800));
            long start = System.nanoTime();
            ConnectionFailure f = failureOf(tls("silent", "127.0.0.1", silent.port(), ENV.certPath()), shortWait);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(f.getMessage()).contains("silent", "did not answer");
            assertThat(silent.acceptedCount()).isPositive();
            assertThat(took).isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void serverCertificateFromAnotherCa() {
        Path dir = TestCertificates.folder(home.resolve("untrusted"), otherCa.cert(), client("cert.pem"), client("key.pem"));
        ConnectionFailure f = failureOf(tls("untrusted", ENV.tlsHost(), ENV.tlsPort(), dir), options());
        assertThat(f.kind()).isEqualTo(Kind.TLS_UNTRUSTED_CA);
        assertThat(f.getMessage()).contains(dir.resolve("ca.pem").toString(), "pilothouse testenv CA");
    }

    @Test
    void folderWithoutClientCertificateIsNamedBeforeConnecting() throws IOException {
        Path dir = TestCertificates.folder(home.resolve("no-cert"), client("ca.pem"), null, client("key.pem"));
        try (SilentServer silent = new SilentServer()) {
            ConnectionFailure f = failureOf(tls("no-cert", "127.0.0.1", silent.port(), dir), options());
            assertThat(f.kind()).isEqualTo(Kind.TLS_CLIENT_CERT_MISSING);
            assertThat(f.getMessage()).contains(dir.resolve("cert.pem").toString(), "does not exist");
            assertThat(silent.acceptedCount()).isZero();
        }
    }

    @Test
    void noClientCertificatePresentedIsRefusedByTheEngine() {
        HostProfile profile = tls("ca-only", ENV.tlsHost(), ENV.tlsPort(), ENV.certPath());
        TlsTransport transport = (TlsTransport) profile.transport();
        var caOnly = TlsContextFactory.create(TlsContextFactory.readCertificates(profile, client("ca.pem"), "CA"),
                null, transport.host(), Duration.ofSeconds(5));
        ConnectionFailure f = catchThrowableOfType(ConnectionFailure.class,
                () -> factory().connectTls(profile, transport, caOnly, options()).close());
        assertThat(f).isNotNull();
        assertThat(f.kind()).isEqualTo(Kind.TLS_CLIENT_CERT_REJECTED);
        assertThat(f.getMessage()).contains("ca-only").containsPattern("answered (bad_certificate|certificate_required)");
    }

    @Test
    void clientCertificateFromAnotherCaIsRefusedByTheEngine() {
        Path dir = TestCertificates.folder(home.resolve("wrong-client"), client("ca.pem"), otherClient[0], otherClient[1]);
        ConnectionFailure f = failureOf(tls("wrong-client", ENV.tlsHost(), ENV.tlsPort(), dir), options());
        assertThat(f.kind()).isEqualTo(Kind.TLS_CLIENT_CERT_REJECTED);
        assertThat(f.getMessage()).contains(dir.resolve("cert.pem").toString(), "refused the client certificate",
                "answered bad_certificate");
    }

    @Test
    void certificateValidForOtherNames() throws IOException {
        // 127.0.0.2 is loopback too, but the engine's certificate names only 127.0.0.1 and localhost
        try (TcpRelay relay = new TcpRelay("127.0.0.2", ENV.tlsHost(), ENV.tlsPort())) {
            ConnectionFailure f = failureOf(tls("mismatch", "127.0.0.2", relay.port(), ENV.certPath()), options());
            assertThat(f.kind()).isEqualTo(Kind.TLS_HOSTNAME_MISMATCH);
            assertThat(f.getMessage()).contains("127.0.0.1", "localhost", "'127.0.0.2'");
        }
    }

    @Test
    void sameEngineThroughTheRelayUnderItsCertifiedNameConnects() throws IOException {
        // the control for the test above: same relay, a name the certificate holds
        try (TcpRelay relay = new TcpRelay("127.0.0.1", ENV.tlsHost(), ENV.tlsPort());
             HostSession s = factory().connect(tls("relayed", "localhost", relay.port(), ENV.certPath()), options())) {
            assertThat(s.info().apiVersion()).isEqualTo(ENV.docker("version", "--format", "{{.Server.APIVersion}}"));
        }
    }

    @Test
    void plainHttpPortAnsweringATlsProfile() {
        String[] registry = ENV.registry().split(":");
        ConnectionFailure f = failureOf(tls("registry", registry[0], Integer.parseInt(registry[1]), ENV.certPath()),
                options());
        assertThat(f.kind()).isEqualTo(Kind.TLS_NOT_TLS);
        assertThat(f.getMessage()).contains("without TLS", ENV.registry());
    }

    @Test
    void engineWithTooOldApi() throws IOException {
        try (FakeEngine old = new FakeEngine(home.resolve("old.sock"), FakeEngine.engineSpeaking("1.24", "1.12.6"))) {
            ConnectionFailure f = failureOf(HostProfile.create("old",
                    new UnixSocketTransport(old.socket().toString()), null), options());
            assertThat(f.kind()).isEqualTo(Kind.API_TOO_OLD);
            assertThat(f.getMessage()).contains("old", "speaks API 1.24; Pilothouse needs 1.40 (Docker 19.03) or newer");
            assertThat(old.paths()).contains("/_ping", "/version");
        }
    }

    @Test
    void engineAtTheOldestAcceptedApiIsAccepted() throws IOException {
        // passes the version rule, then stops at /info, which this look-alike does not answer
        try (FakeEngine ok = new FakeEngine(home.resolve("v140.sock"), FakeEngine.engineSpeaking("1.40", "19.03.0"))) {
            ConnectionFailure f = failureOf(HostProfile.create("v140",
                    new UnixSocketTransport(ok.socket().toString()), null), options());
            assertThat(f.kind()).isNotEqualTo(Kind.API_TOO_OLD);
            assertThat(ok.paths()).anyMatch(p -> p.startsWith("/v1.40/info"));
        }
    }

    @Test
    void somethingElseAnsweringOnTheSocket() throws IOException {
        try (FakeEngine web = new FakeEngine(home.resolve("web.sock"),
                path -> new FakeEngine.Reply(404, Map.of("Content-Type", "text/html"), "<h1>Not Found</h1>"))) {
            ConnectionFailure f = failureOf(HostProfile.create("web",
                    new UnixSocketTransport(web.socket().toString()), null), options());
            assertThat(f.kind()).isEqualTo(Kind.NOT_DOCKER);
            assertThat(f.getMessage()).contains("not as a Docker engine", "HTTP 404 to /_ping");
        }
    }

    @Test
    void unixSocketThatNeverAnswers() throws Exception {
        Path path = home.resolve("silent.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(path));
            ConnectOptions shortWait = new ConnectOptions(CredentialPrompt.NONE, Duration.ofMillis(800),
                    Duration.ofMillis(800));
            long start = System.nanoTime();
            ConnectionFailure f = failureOf(HostProfile.create("hung", new UnixSocketTransport(path.toString()), null),
                    shortWait);
            assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(f.getMessage()).contains("hung", "did not answer");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
            assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt does not leak").isFalse();
        }
    }

    @Test
    void unixSocketThatDoesNotExist() {
        Path missing = home.resolve("no-engine.sock");
        ConnectionFailure f = failureOf(HostProfile.create("gone", new UnixSocketTransport(missing.toString()), null),
                options());
        assertThat(f.kind()).isEqualTo(Kind.SOCKET_MISSING);
        assertThat(f.getMessage()).contains(missing.toString(), "does not exist");
    }

    @Test
    void threeFilesWithAPkcs1KeyConnect() {
        HostProfile profile = HostProfile.create("three-files", new TlsTransport(ENV.tlsHost(), ENV.tlsPort(), null,
                client("ca.pem").toString(), client("cert.pem").toString(), client("key-pkcs1.pem").toString()), null);
        try (HostSession s = factory().connect(profile, options())) {
            ConnectionFactoryIT.assertMatchesCli(s);
        }
    }

    @Test
    void keyThatDoesNotBelongToTheCertificate() {
        HostProfile profile = HostProfile.create("mixed", new TlsTransport(ENV.tlsHost(), ENV.tlsPort(), null,
                client("ca.pem").toString(), client("cert.pem").toString(), otherClient[1].toString()), null);
        ConnectionFailure f = failureOf(profile, options());
        assertThat(f.kind()).isEqualTo(Kind.TLS_FILES_INVALID);
        assertThat(f.getMessage()).contains(otherClient[1].toString(), "does not belong");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        }
    }
}
