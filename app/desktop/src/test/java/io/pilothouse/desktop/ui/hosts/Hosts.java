package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.UnixSocketTransport;

/** Profiles for tests. */
final class Hosts {

    private Hosts() {
    }

    static HostProfile local(String name, Environment env) {
        return HostProfile.create(name, new UnixSocketTransport("/run/" + name + ".sock"), env);
    }

    static HostProfile ssh(String name, Environment env) {
        return HostProfile.create(name, new SshTransport("pilot", name + ".example.invalid", 22, null, null, null), env);
    }
}
