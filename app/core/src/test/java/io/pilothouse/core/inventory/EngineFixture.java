package io.pilothouse.core.inventory;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.testenv.TestEnv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sessions to the test engine and cleanup of what a test made there (all labelled io.pilothouse.test=true). */
final class EngineFixture implements AutoCloseable {

    static final TestEnv ENV = TestEnv.get();
    final String run = "inv" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final List<String> services = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final Path home;

    private final TestEnv env;

    EngineFixture(Path home) {
        this(home, ENV);
    }

    /** On another engine than the default one (the one whose daemon a test restarts). */
    EngineFixture(Path home, TestEnv env) {
        this.home = home;
        this.env = env;
    }

    TestEnv env() {
        return env;
    }

    AppDirectories dirs() {
        return AppDirectories.from(Map.of(), home);
    }

    HostSession unixSession() {
        return connect(unixProfile());
    }

    HostProfile unixProfile() {
        return HostProfile.create("testenv-" + run, new UnixSocketTransport(env.dockerSock()), null);
    }

    HostSession tlsSession(int port) {
        return connect(HostProfile.create("relayed-" + run,
                TlsTransport.withCertDir("127.0.0.1", port, env.certPath().toString()), null));
    }

    private HostSession connect(HostProfile p) {
        return new ConnectionFactory(dirs()).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    String name(String part) {
        return run + "-" + part;
    }

    /** docker run -d --label io.pilothouse.test=true --name NAME [args] image sleep 3600; returns the id. */
    String run(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(env.image(), "sleep", "3600"));
        containers.add(name);
        return env.docker(cmd.toArray(String[]::new));
    }

    String volume(String name, String... labels) {
        List<String> cmd = new ArrayList<>(List.of("volume", "create", "--label", "io.pilothouse.test=true"));
        for (String l : labels) {
            cmd.add("--label");
            cmd.add(l);
        }
        cmd.add(name);
        volumes.add(name);
        return env.docker(cmd.toArray(String[]::new));
    }

    void network(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("network", "create", "--label", "io.pilothouse.test=true"));
        cmd.addAll(List.of(args));
        cmd.add(name);
        networks.add(name);
        env.docker(cmd.toArray(String[]::new));
    }

    String service(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("service", "create", "-d", "--label", "io.pilothouse.test=true",
                "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr", "--name", name));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(env.registry() + "/testenv/busybox:1", "sleep", "3600"));
        services.add(name);
        return env.docker(cmd.toArray(String[]::new));
    }

    @Override
    public void close() {
        for (String s : services) {
            quietly("service", "rm", s);
        }
        for (String c : containers) {
            quietly("rm", "-f", "-v", c);
        }
        for (String v : volumes) {
            quietly("volume", "rm", "-f", v);
        }
        for (String n : networks) {
            quietly("network", "rm", n);
        }
    }

    private void quietly(String... args) {
        try {
            env.docker(args);
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
