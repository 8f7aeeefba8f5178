package io.pilothouse.core.host.ssh;

import com.github.dockerjava.transport.DockerHttpClient;

/** An SSH session to a Docker host and an HTTP client whose connections are direct-streamlocal channels to the remote socket. */
public final class SshDockerConnection implements AutoCloseable {

    public DockerHttpClient httpClient() {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean isConnected() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
