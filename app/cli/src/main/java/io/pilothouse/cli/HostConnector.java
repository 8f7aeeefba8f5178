package io.pilothouse.cli;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;

/** Opens a session to a host (the core's ConnectionFactory in the real command). */
@FunctionalInterface
public interface HostConnector {

    HostSession connect(HostProfile profile, ConnectOptions options);
}
