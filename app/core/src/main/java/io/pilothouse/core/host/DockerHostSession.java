package io.pilothouse.core.host;

import com.github.dockerjava.api.DockerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** A session over any transport: the docker-java client, the probe that made it, and what lies under it. */
final class DockerHostSession implements HostSession {

    private static final Logger LOG = LoggerFactory.getLogger(DockerHostSession.class);

    private final HostProfile profile;
    private final DockerClient docker;
    private final EngineProbe probe;
    private final AutoCloseable underlying;
    private final BooleanSupplier transportAlive;
    private final Duration responseTimeout;
    private final EngineApi api;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile EngineInfo info;

    DockerHostSession(HostProfile profile, DockerClient docker, EngineProbe probe, EngineInfo info,
                      AutoCloseable underlying, BooleanSupplier transportAlive, Duration responseTimeout,
                      EngineApi api) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.docker = Objects.requireNonNull(docker, "docker");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.info = Objects.requireNonNull(info, "info");
        this.underlying = underlying;
        this.transportAlive = transportAlive == null ? () -> true : transportAlive;
        this.responseTimeout = responseTimeout;
        this.api = api;
    }

    @Override
    public HostProfile profile() {
        return profile;
    }

    @Override
    public DockerClient docker() {
        return docker;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public EngineInfo probe() {
        if (closed.get()) {
            throw new ConnectionFailure(ConnectionFailure.Kind.DISCONNECTED,
                    "The session to host " + ConnectionFailureTranslator.describe(profile) + " is closed.");
        }
        try {
            EngineInfo fresh = probe.probe(docker);
            info = fresh;
            return fresh;
        } catch (RuntimeException e) {
            throw ConnectionFailureTranslator.translate(profile, e, responseTimeout);
        }
    }

    @Override
    public java.util.Optional<io.pilothouse.core.host.ssh.SshDockerConnection> sshConnection() {
        return underlying instanceof io.pilothouse.core.host.ssh.SshDockerConnection ssh
                ? java.util.Optional.of(ssh) : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<EngineApi> api() {
        return java.util.Optional.ofNullable(api);
    }

    @Override
    public boolean isOpen() {
        return !closed.get() && transportAlive.getAsBoolean();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            docker.close();
        } catch (Exception e) {
            LOG.debug("closing the docker client of {}: {}", profile.name(), e.toString());
        }
        if (underlying != null) {
            try {
                underlying.close();
            } catch (Exception e) {
                LOG.debug("closing the transport of {}: {}", profile.name(), e.toString());
            }
        }
    }
}
