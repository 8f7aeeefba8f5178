package io.pilothouse.core.host;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ssh.SshConnector;
import io.pilothouse.core.host.ssh.SshDockerConnection;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Opens a {@link HostSession} for a profile over its transport (unix socket, TLS or SSH), checks
 * that a Docker engine answers with a supported API, and turns every failure into a
 * {@link ConnectionFailure} with its own sentence. Blocking: never call it on the UI thread.
 */
public final class ConnectionFactory {

    private static final int MAX_CONNECTIONS = 64;

    private final AppDirectories dirs;
    /** One for the factory's life: it remembers the passphrases given, so reconnecting does not ask again. */
    private final SshConnector sshConnector;

    public ConnectionFactory(AppDirectories dirs) {
        this.dirs = Objects.requireNonNull(dirs, "dirs");
        this.sshConnector = new SshConnector(dirs);
    }

    public HostSession connect(HostProfile profile, ConnectOptions options) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        try {
            TransportConfig transport = profile.transport();
            if (transport instanceof UnixSocketTransport unix) {
                checkSocket(profile, Path.of(unix.socketPath()));
                DockerHttpClient http = new ResponseHeadTimeout(
                        apacheClient(URI.create("unix://" + unix.socketPath()), null, options), options.responseTimeout(),
                        true);
                return open(profile, http, null, null, options, null);
            } else if (transport instanceof TlsTransport tls) {
                SSLContext ssl = TlsContextFactory.forTransport(profile, tls, options.connectTimeout());
                return connectTls(profile, tls, ssl, options);
            } else if (transport instanceof SshTransport ssh) {
                return connectSsh(profile, ssh, options);
            }
            throw new IllegalArgumentException("unknown transport " + transport);
        } catch (RuntimeException e) {
            throw ConnectionFailureTranslator.translate(profile, e, options.connectTimeout());
        }
    }

    /** TLS with a ready SSLContext (the profile's files already read). */
    HostSession connectTls(HostProfile profile, TlsTransport tls, SSLContext ssl, ConnectOptions options) {
        String host = tls.host().contains(":") ? "[" + tls.host() + "]" : tls.host();
        URI uri = URI.create("tcp://" + host + ":" + tls.port());
        DockerHttpClient http = new ResponseHeadTimeout(apacheClient(uri, ssl, options), options.responseTimeout(),
                false);
        return open(profile, http, null, null, options,
                () -> TlsRefusalProbe.refusal(tls, ssl, options));
    }

    private HostSession connectSsh(HostProfile profile, SshTransport ssh, ConnectOptions options) {
        SshDockerConnection connection = sshConnector.connect(ssh, options);
        try {
            return open(profile, connection.httpClient(), connection, connection::isConnected, options, null);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Checks the engine behind {@code http}, then builds the docker-java client speaking its API. */
    private HostSession open(HostProfile profile, DockerHttpClient http, AutoCloseable underlying,
                             BooleanSupplier alive, ConnectOptions options, Supplier<Throwable> tlsRefusal) {
        DockerClient docker = null;
        try {
            EngineProbe probe = new EngineProbe(profile, http);
            EngineProbe.Versions versions = checkEngine(profile, probe, options, tlsRefusal);
            RemoteApiVersion api = EngineProbe.negotiate(versions.apiVersion());
            DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder()
                    .withDockerHost(dockerHostFor(profile))
                    .withApiVersion(api)
                    .withDockerConfig(dirs.home().resolve(".docker").toString())
                    .withDockerTlsVerify(false) // TLS is configured on the HTTP client above, never here
                    .build();
            docker = DockerClientImpl.getInstance(config, http);
            EngineInfo info = probe.probe(docker);
            return new DockerHostSession(profile, docker, probe, info, underlying, alive, options.responseTimeout(),
                    new EngineApi(http, api.getVersion()));
        } catch (RuntimeException e) {
            closeQuietly(docker != null ? docker : http);
            throw ConnectionFailureTranslator.translate(profile, e, options.responseTimeout());
        }
    }

    /**
     * The first request. Under TLS 1.3 the engine checks the client certificate after our side of the
     * handshake is done, so a refused certificate shows as the connection closing before any answer:
     * {@code tlsRefusal} then handshakes once more and listens for the engine's alert, to name it.
     */
    private static EngineProbe.Versions checkEngine(HostProfile profile, EngineProbe probe, ConnectOptions options,
                                                    Supplier<Throwable> tlsRefusal) {
        try {
            return probe.checkEngine();
        } catch (RuntimeException e) {
            ConnectionFailure f = ConnectionFailureTranslator.translate(profile, e, options.responseTimeout());
            if (f.kind() == ConnectionFailure.Kind.DISCONNECTED && tlsRefusal != null) {
                Throwable alert = tlsRefusal.get();
                if (alert != null) {
                    ConnectionFailure precise = ConnectionFailureTranslator.translate(profile, alert);
                    if (precise.kind() == ConnectionFailure.Kind.TLS_CLIENT_CERT_REJECTED) {
                        throw precise;
                    }
                }
                throw ConnectionFailureTranslator.clientCertRejected(profile, null, e);
            }
            throw f;
        }
    }

    private static String dockerHostFor(HostProfile profile) {
        TransportConfig t = profile.transport();
        if (t instanceof SshTransport ssh) {
            // the SSH client carries the requests; the config only needs a well-formed address
            return "unix://" + ssh.remoteSocketOrDefault();
        }
        return t.url();
    }

    private static DockerHttpClient apacheClient(URI uri, SSLContext ssl, ConnectOptions options) {
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(uri)
                .sslConfig(ssl == null ? null : () -> ssl)
                .connectionTimeout(options.connectTimeout())
                // no socket read timeout from the HTTP client: ResponseHeadTimeout bounds the response head
                // (and the TLS sockets bound their reads by it), so streams may stay silent
                .responseTimeout(Duration.ZERO)
                .maxConnections(MAX_CONNECTIONS)
                .build();
    }

    private static void checkSocket(HostProfile profile, Path socket) {
        if (!Files.exists(socket)) {
            throw ConnectionFailureTranslator.socketMissing(profile, null);
        }
        if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
            throw ConnectionFailureTranslator.socketPermissionDenied(profile, null);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // already failing; the first error is the one to report
        }
    }
}
