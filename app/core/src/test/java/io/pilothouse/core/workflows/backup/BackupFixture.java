package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TcpRelay;
import io.pilothouse.core.testenv.TestEnv;
import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Volumes and containers named pth-bak-*, labelled as test objects, removed by {@link #cleanUp()}. */
final class BackupFixture {

    static final TestEnv ENV = TestEnv.get();
    final String run = "pth-bak-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> volumes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> networks = Collections.synchronizedList(new ArrayList<>());
    final Path home;

    BackupFixture(Path home) {
        this.home = home;
    }

    String volume(String suffix) {
        String name = run + "-" + suffix;
        volumes.add(name);
        ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", name);
        return name;
    }

    /** Remembers a volume a plan creates so that it is removed too. */
    String expectVolume(String name) {
        volumes.add(name);
        return name;
    }

    String network(String suffix) {
        String name = run + "-" + suffix;
        networks.add(name);
        ENV.docker("network", "create", "--label", "io.pilothouse.test=true", name);
        return name;
    }

    /** A running busybox container; {@code args} go before the image (e.g. -v VOL:/data). */
    String start(String suffix, String... args) {
        String name = run + "-" + suffix;
        containers.add(name);
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(ENV.image(), "sleep", "3600"));
        ENV.docker(cmd.toArray(String[]::new));
        return name;
    }

    /** Runs {@code script} with sh in a throw-away container with {@code volume} at /v. */
    String sh(String volume, String script) {
        return ENV.docker("run", "--rm", "--label", "io.pilothouse.test=true", "-v", volume + ":/v", ENV.image(),
                "sh", "-c", script);
    }

    String state(String container) {
        return ENV.docker("inspect", "-f", "{{.State.Status}}", container);
    }

    HostProfile profile(Environment env) {
        return HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), env);
    }

    HostSession session(HostProfile p) {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)));
    }

    HostSession session(TransportConfig t) {
        return session(HostProfile.create(run + "-host", t, Environment.DEVELOPMENT));
    }

    PlanRunner runner() {
        return new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard());
    }

    Journal journal() {
        return new Journal(home.resolve("journal.jsonl"));
    }

    /** The test engine over SSH through {@code relay} (its host key is known under the relay's port). */
    SshTransport sshThrough(TcpRelay relay) throws IOException {
        String original = "[127.0.0.1]:" + ENV.sshPort() + " ";
        List<String> lines = Files.readAllLines(ENV.sshKnownHosts()).stream().filter(l -> l.startsWith(original))
                .map(l -> "[127.0.0.1]:" + relay.port() + " " + l.substring(original.length())).toList();
        Path knownHosts = Files.write(home.resolve("known_hosts-" + relay.port()), lines);
        return new SshTransport(ENV.sshUser(), "127.0.0.1", relay.port(), ENV.sshKey().toString(),
                knownHosts.toString(), ENV.sshRemoteDockerSock());
    }

    /** No container of this run's helpers is left on the engine. */
    String leftoverHelpers() {
        return ENV.docker("ps", "-aq", "--filter", "label=io.pilothouse.role=volume-helper",
                "--filter", "volume=" + volumes.get(0));
    }

    void cleanUp() {
        for (String c : containers) {
            quietly("rm", "-f", c);
        }
        // helper containers of a failed run, if any, hold the volumes
        for (String v : volumes) {
            String ids = quietlyOut("ps", "-aq", "--filter", "volume=" + v);
            for (String id : ids.split("\\s+")) {
                if (!id.isBlank()) {
                    quietly("rm", "-f", id);
                }
            }
            quietly("volume", "rm", "-f", v);
        }
        for (String n : networks) {
            quietly("network", "rm", n);
        }
    }

    private static void quietly(String... args) {
        try {
            ENV.docker(args);
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private static String quietlyOut(String... args) {
        try {
            return ENV.docker(args);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
