package io.pilothouse.core.host;

import com.github.dockerjava.api.DockerClient;

/**
 * A connected engine: the docker-java client and what was learnt on connecting. Closing it closes
 * the client and, for SSH, the SSH session under it.
 */
public interface HostSession extends AutoCloseable {

    HostProfile profile();

    DockerClient docker();

    /** What the engine reported when the session was opened. */
    EngineInfo info();

    /** Asks the engine again (ping, version, info) and measures the round trip. */
    EngineInfo probe();

    /**
     * Lean reads of the engine's API over this session's connections (a snapshot of many objects);
     * empty when the session has none, and docker-java's commands are used instead.
     */
    default java.util.Optional<EngineApi> api() {
        return java.util.Optional.empty();
    }

    /** False once the transport under the session is known to be gone. */
    boolean isOpen();

    /** The SSH link under the session, for a shell on the Docker host itself; empty for other transports. */
    default java.util.Optional<io.pilothouse.core.host.ssh.SshDockerConnection> sshConnection() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
