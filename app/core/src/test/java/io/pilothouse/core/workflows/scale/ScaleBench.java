package io.pilothouse.core.workflows.scale;

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
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.EngineApi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Java half of scripts/bench scale (not a test). Arguments: rounds, replicas (20), step (the
 * whole change in one step unless given). Each round creates two services of one replica from
 * testenv/busybox:1; one goes to the target through the scale plan the wizard builds (factory,
 * runner, journal, host lock; interval 0), the other through {@code docker service scale}, which waits
 * until the service converged. Both sides then check that the count holds for 2 s: the plan's steps
 * always do, and the services are made with {@code --update-monitor 2s}, the CLI's stability wait after
 * convergence (5 s by default). Prints
 * {@code pilothouse_s=.. cli_s=..} (medians).
 */
public final class ScaleBench {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int replicas = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int step = args.length > 2 ? Integer.parseInt(args[2]) : replicas;
        TestEnv env = TestEnv.get();
        Path home = Files.createTempDirectory("pilothouse-bench-scale");
        HostProfile host = HostProfile.create("bench", new UnixSocketTransport(env.dockerSock()), Environment.DEVELOPMENT);
        List<Double> ours = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        List<String> made = new ArrayList<>();
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
            PlanRunner runner = new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard())
                    .withHostLocks(home.resolve("locks"));
            SwarmServices services = new SwarmServices(EngineApi.of(session.docker()));
            for (int i = 0; i < rounds; i++) {
                String tag = "scl-bench-" + UUID.randomUUID().toString().substring(0, 6);
                String a = create(env, tag + "-p", made);
                String b = create(env, tag + "-c", made);
                awaitOne(services, a);
                awaitOne(services, b);
                boolean cliFirst = i % 2 == 1;
                if (cliFirst) {
                    cli.add(cli(env, b, replicas));
                }
                long t = System.nanoTime();
                Plan plan = new ScaleServicePlanFactory().preview(new ScaleServiceRequest(host.name(), a, replicas, step, 0, false, 300),
                        services, host.id(), host.name()).plan();
                PlanResult r = runner.run(plan, host, null, new PlanListener() { }, new CancelToken(),
                        new DockerChangeReverter(session.docker()));
                ours.add((System.nanoTime() - t) / 1e9);
                if (!r.succeeded()) {
                    throw new IllegalStateException(r.summary());
                }
                if (!cliFirst) {
                    cli.add(cli(env, b, replicas));
                }
                System.err.printf("round %d: pilothouse_s=%.3f cli_s=%.3f%n", i + 1, ours.get(i), cli.get(i));
                env.docker("service", "rm", a, b);
                made.removeAll(List.of(a, b));
            }
        } finally {
            for (String s : made) {
                try {
                    env.docker("service", "rm", s);
                } catch (RuntimeException ignored) {
                    // gone
                }
            }
        }
        System.out.printf("pilothouse_s=%.3f cli_s=%.3f%n", median(ours), median(cli));
    }

    private static String create(TestEnv env, String name, List<String> made) {
        made.add(name);
        env.docker("service", "create", "-d", "--label", "io.pilothouse.test=true", "--label", "io.pilothouse.bench=scale",
                "--endpoint-mode", "dnsrr", "--stop-grace-period", "1s", "--update-monitor", "2s", "--name", name,
                "--replicas", "1", env.registry() + "/testenv/busybox:1", "sleep", "3600");
        return name;
    }

    private static void awaitOne(SwarmServices services, String name) throws InterruptedException {
        ServiceState s = services.inspect(name);
        services.awaitReplicas(s, 1, java.util.Set.of(), Duration.ofSeconds(120), null, n -> { });
    }

    private static double cli(TestEnv env, String service, int replicas) {
        long t = System.nanoTime();
        env.docker("service", "scale", service + "=" + replicas);
        return (System.nanoTime() - t) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
