package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.testenv.TestEnv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Java half of scripts/bench upgrade (not a test). Argument: rounds. Each round creates one web
 * container from testenv/busybox:1 (a network alias, a named and an anonymous volume, a published
 * port), upgrades it to :2 with the recreate plan (no health wait: settle 0 s), and, in the same
 * round, does the same by hand with the docker CLI (pull, stop, rm, run with the same options).
 * Prints {@code recreate_s=.. cli_s=..} (medians).
 */
public final class UpgradeBench {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        TestEnv env = TestEnv.get();
        Path home = Files.createTempDirectory("pilothouse-bench-upgrade");
        List<Double> ours = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        try (UpgradeFixture fx = new UpgradeFixture(home)) {
            String net = fx.network("bench");
            for (int i = 0; i < rounds; i++) {
                String vol = fx.volume("v" + i);
                List<String> options = List.of("--network", net, "--network-alias", "web" + i, "-v", vol + ":/data",
                        "-v", "/anon", "-e", "MODE=bench", "--restart", "unless-stopped", "-p", "127.0.0.1::8080");
                List<String> image1 = new ArrayList<>(options);
                image1.add(fx.registryImage("1"));
                String name = fx.container("p" + i, image1, "sleep", "3600");
                long t = System.nanoTime();
                PlanResult r = fx.run(fx.factory().preview(name, ":2",
                        HealthGate.defaults().withSettle(Duration.ZERO), true));
                ours.add((System.nanoTime() - t) / 1e9);
                if (!r.succeeded()) {
                    throw new IllegalStateException(r.summary());
                }
                StringBuilder took = new StringBuilder();
                r.steps().forEach(s -> took.append(String.format(" %s=%dms", s.description().split(" ")[0], s.took().toMillis())));
                System.err.println("round " + (i + 1) + " steps:" + took);
                List<String> cliImage1 = new ArrayList<>(options);
                cliImage1.add(fx.registryImage("1"));
                String byHand = fx.container("c" + i, cliImage1, "sleep", "3600");
                t = System.nanoTime();
                env.docker("pull", "-q", fx.registryImage("2"));
                env.docker("stop", byHand);
                env.docker("rm", byHand);
                List<String> run = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", byHand));
                run.addAll(options);
                run.addAll(List.of(fx.registryImage("2"), "sleep", "3600"));
                env.docker(run.toArray(String[]::new));
                cli.add((System.nanoTime() - t) / 1e9);
                System.err.printf("round %d: recreate_s=%.3f cli_s=%.3f%n", i + 1, ours.get(i), cli.get(i));
            }
            RequestLoop.Counts blueGreen = blueGreen(fx);
            System.err.printf("blue/green: %d answers before, %d after, %d failed%n", blueGreen.v1(), blueGreen.v2(),
                    blueGreen.failed());
            System.out.printf("recreate_s=%.3f cli_s=%.3f bluegreen_failed=%d bluegreen_requests=%d%n", median(ours),
                    median(cli), blueGreen.failed(), blueGreen.v1() + blueGreen.v2() + blueGreen.failed());
        }
    }

    /**
     * A web container on :1 behind the alias "app", a client looping requests against the alias, the
     * blue/green plan to :2 (HTTP probe, 1 s drain); the client's counts once it has seen :2 answer.
     */
    private static RequestLoop.Counts blueGreen(UpgradeFixture fx) throws Exception {
        String net = fx.network("bg");
        String blue = fx.container("bg", List.of("--network", net, "--network-alias", "app", fx.registryImage("1")),
                "httpd", "-f", "-p", "8080", "-h", "/var/www");
        RequestLoop loop = RequestLoop.start(fx, net, "app", 8080, "/index.html");
        loop.awaitAnswers("v1", 20);
        PlanResult r = fx.run(new BlueGreenPlanFactory(EngineApi.of(fx.session.docker()), fx.session.profile().id(),
                RegistryCredentials.none()).preview(blue, ":2",
                new HealthGate(Duration.ofSeconds(30), Duration.ofSeconds(1), 8080, "/index.html"), List.of(), Duration.ofSeconds(1)));
        if (!r.succeeded()) {
            throw new IllegalStateException(r.summary());
        }
        loop.awaitAnswers("v2", 20);
        return loop.stop();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
