package io.pilothouse.core.host.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * Where an SSH profile really points once ~/.ssh/config is applied: the name as written
 * ({@code alias}), the host name and port dialled, the login user, the key files named by the
 * profile or the config (empty: ssh-agent or the default keys), the known_hosts file and the
 * remote Docker socket.
 */
record SshTarget(String alias, String hostName, int port, String user, List<Path> identityFiles,
                 Path knownHostsFile, String remoteSocket) {

    SshTarget {
        identityFiles = List.copyOf(identityFiles);
    }

    /** {@code host:port} as it appears in sentences. */
    String address() {
        String h = hostName.contains(":") ? "[" + hostName + "]" : hostName;
        return h + ":" + port;
    }

    /** {@code user@host:port}, naming the alias too when one was used. */
    String describe() {
        String base = user + "@" + address();
        return alias.equals(hostName) ? base : base + " (" + alias + ")";
    }

    String knownHostsName() {
        return HostKeyFormat.knownHostsName(hostName, port);
    }
}
