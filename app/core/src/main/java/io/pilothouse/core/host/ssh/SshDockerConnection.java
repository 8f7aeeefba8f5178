package io.pilothouse.core.host.ssh;

import com.github.dockerjava.transport.DockerHttpClient;
import com.jcraft.jsch.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;

/** An SSH session to a Docker host and an HTTP client whose connections are direct-streamlocal channels to the remote socket. */
public final class SshDockerConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SshDockerConnection.class);

    private final Session session;
    private final SshTarget target;
    private final SshDockerHttpClient httpClient;
    private final LazyIdentityRepository identities;
    private volatile boolean closed;

    SshDockerConnection(Session session, SshTarget target, StreamLocalChannels channels,
                        LazyIdentityRepository identities, Duration connectTimeout,
                        Duration responseTimeout) {
        this.session = session;
        this.target = target;
        this.identities = identities;
        this.httpClient = new SshDockerHttpClient(channels, connectTimeout, responseTimeout, this::close);
    }

    /**
     * The client to give docker-java ({@code DockerClientImpl.getInstance(config, httpClient())}).
     * Closing it (or the DockerClient built on it) closes this connection too.
     */
    public DockerHttpClient httpClient() {
        return httpClient;
    }

    /** False once closed or once the SSH link is gone (closed by the server, or silent past the keepalive). */
    public boolean isConnected() {
        return !closed && session.isConnected();
    }

    /** {@code user@host:port}, with the alias when one was used. */
    public String description() {
        return target.describe();
    }

    /** A new, not yet connected, login shell channel on the Docker host over this SSH session. */
    public com.jcraft.jsch.ChannelShell openShell() throws com.jcraft.jsch.JSchException {
        if (!isConnected()) {
            throw new com.jcraft.jsch.JSchException("The SSH session to " + target.describe() + " is closed.");
        }
        return (com.jcraft.jsch.ChannelShell) session.openChannel("shell");
    }

    /** The Docker socket on the remote host. */
    public String remoteSocket() {
        return target.remoteSocket();
    }

    /** Where the server's host key was checked. */
    public Path knownHostsFile() {
        return target.knownHostsFile();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            httpClient.close();
        } catch (RuntimeException e) {
            LOG.debug("closing the HTTP client of {} failed: {}", target.describe(), e.toString());
        }
        session.disconnect();
        try {
            identities.removeAll();
        } catch (RuntimeException e) {
            LOG.debug("clearing keys failed: {}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "SshDockerConnection[" + target.describe() + " -> " + target.remoteSocket() + "]";
    }
}
