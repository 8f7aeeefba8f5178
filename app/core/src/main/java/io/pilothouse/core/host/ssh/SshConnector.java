package io.pilothouse.core.host.ssh;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.SshTransport;

/** Opens SSH sessions to Docker hosts (keys, agent, ~/.ssh/config aliases, known_hosts checking). */
public final class SshConnector {

    public SshConnector(AppDirectories dirs) {
    }

    public SshDockerConnection connect(SshTransport transport, ConnectOptions options) {
        throw new UnsupportedOperationException("not yet");
    }
}
