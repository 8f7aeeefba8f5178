package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test objects named pth-upg-<run>-..., labelled, and removed again (containers, networks, volumes, images). */
final class UpgradeFixture implements AutoCloseable {

    static final TestEnv ENV = TestEnv.get();
    final String run = "pth-upg-" + UUID.randomUUID().toString().substring(0, 8);
    final Path home;
    final HostSession session;
    final Journal journal;
    private final Deque<String[]> cleanups = new ArrayDeque<>();

    UpgradeFixture(Path home) {
        this.home = home;
        HostProfile p = HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        this.session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)));
        this.journal = new Journal(home.resolve("journal.jsonl"));
    }

    String registryImage(String tag) {
        return ENV.registry() + "/testenv/busybox:" + tag;
    }

    String docker(String... args) {
        return ENV.docker(args);
    }

    String container(String suffix, List<String> options, String... command) {
        String name = run + "-" + suffix;
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(options);
        cmd.addAll(List.of(command));
        cleanups.push(new String[]{"rm", "-f", "-v", name});
        ENV.docker(cmd.toArray(String[]::new));
        return name;
    }

    String network(String suffix, String... options) {
        String name = run + "-" + suffix;
        List<String> cmd = new ArrayList<>(List.of("network", "create", "--label", "io.pilothouse.test=true"));
        cmd.addAll(List.of(options));
        cmd.add(name);
        ENV.docker(cmd.toArray(String[]::new));
        cleanups.add(new String[]{"network", "rm", name});
        return name;
    }

    String volume(String suffix) {
        String name = run + "-" + suffix;
        ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", name);
        cleanups.add(new String[]{"volume", "rm", "-f", name});
        return name;
    }

    /** Builds an image FROM testenv/busybox:1 with the given Dockerfile lines and pushes it to the test registry. */
    String image(String suffix, String... dockerfileLines) throws Exception {
        Path dir = home.resolve("build-" + suffix);
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("Dockerfile"), "FROM " + registryImage("1") + "\n"
                + String.join("\n", dockerfileLines) + "\n");
        String ref = ENV.registry() + "/" + run + "/" + suffix + ":1";
        ENV.docker("build", "-q", "--label", "io.pilothouse.test=true", "-t", ref, dir.toString());
        ENV.docker("push", ref);
        cleanups.add(new String[]{"rmi", "-f", ref});
        return ref;
    }

    /** Removes a later-created container (by name prefix) too. */
    void alsoRemove(String... dockerArgs) {
        cleanups.push(dockerArgs);
    }

    PlanResult run(RecreatePreview preview) {
        return new PlanRunner(journal, new ProductionGuard()).run(preview.plan(), session.profile(), null,
                new PlanListener() { }, new CancelToken());
    }

    RecreatePlanFactory factory() {
        return new RecreatePlanFactory(EngineApi.of(session.docker()), session.profile().id());
    }

    /** Fetches http://HOST:PORT/PATH from a throwaway container on {@code network}; the body or the failure. */
    String fetch(String network, String url) {
        try {
            return ENV.docker("run", "--rm", "--label", "io.pilothouse.test=true", "--network", network, ENV.image(),
                    "timeout", "5", "wget", "-q", "-O", "-", url);
        } catch (IllegalStateException e) {
            return "FAILED: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        try {
            for (String id : ENV.docker("ps", "-aq", "--filter", "name=" + run).split("\\s+")) {
                if (!id.isBlank()) {
                    ENV.docker("rm", "-f", "-v", id);
                }
            }
        } catch (RuntimeException ignored) {
            // nothing left
        }
        for (String[] c : cleanups) {
            try {
                ENV.docker(c);
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        session.close();
    }
}
