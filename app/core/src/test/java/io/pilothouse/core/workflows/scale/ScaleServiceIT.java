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
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stepped scaling of swarm services on the real engine. */
class ScaleServiceIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "scl-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> services = new ArrayList<>();
    private final HostProfile host = HostProfile.create("scl-local", new UnixSocketTransport(ENV.dockerSock()),
            Environment.DEVELOPMENT);

    @TempDir Path home;

    @AfterEach
    void cleanUp() {
        for (String s : services) {
            try {
                ENV.docker("service", "rm", s);
            } catch (RuntimeException ignored) {
                // removed already
            }
        }
    }

    private String service(String name, int replicas, String... args) {
        List<String> cmd = new ArrayList<>(List.of("service", "create", "-d", "--label", "io.pilothouse.test=true",
                "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr", "--stop-grace-period", "1s",
                "--name", name));
        if (replicas >= 0) {
            cmd.addAll(List.of("--replicas", Integer.toString(replicas)));
        }
        cmd.addAll(List.of(args));
        if (cmd.stream().noneMatch(a -> a.contains("/testenv/busybox"))) {
            cmd.addAll(List.of(ENV.registry() + "/testenv/busybox:1", "sleep", "3600"));
        }
        services.add(name);
        return ENV.docker(cmd.toArray(String[]::new));
    }

    private HostSession session() {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private Journal journal() {
        return new Journal(home.resolve("journal.jsonl"));
    }

    private PlanResult run(Plan plan, HostSession session, PlanListener listener, CancelToken token) {
        return new PlanRunner(journal(), new ProductionGuard()).withHostLocks(home.resolve("locks"))
                .run(plan, host, null, listener, token, new DockerChangeReverter(session.docker()));
    }

    private int running(String service) {
        return (int) ENV.docker("service", "ps", "--filter", "desired-state=running", "--format", "{{.CurrentState}}", service)
                .lines().filter(l -> l.startsWith("Running")).count();
    }

    private String replicasOf(String service) {
        return ENV.docker("service", "inspect", "-f", "{{.Spec.Mode.Replicated.Replicas}}", service);
    }

    /** The times each "Scale …" step started and ended, from the journal. */
    private List<Instant[]> scaleSteps(String planId) {
        List<Instant[]> out = new ArrayList<>();
        for (JournalEntry e : journal().readAll()) {
            if (e.event().equals("plan.step") && planId.equals(e.details().get("plan")) && e.summary().startsWith("Scale ")
                    && "DONE".equals(e.details().get("outcome"))) {
                long millis = Long.parseLong(e.details().get("millis"));
                out.add(new Instant[]{e.time().minusMillis(millis), e.time()});
            }
        }
        return out;
    }

    @Test
    void a_saved_plan_scales_up_then_down_step_by_step_with_the_interval_between_steps() throws Exception {
        String name = run + "-web";
        service(name, 1);
        PlanFiles files = new PlanFiles(PlanFactoryRegistry.standard());
        Path file = home.resolve("scale.yaml");
        files.write(file, new ScaleServiceRequest(host.name(), name, 3, 1, 2, null, 60));
        try (HostSession session = session()) {
            Plan up = PlanFactoryRegistry.standard().build(files.read(file), session);
            assertThat(up.steps()).extracting(Step::description).containsExactly(
                    "Scale " + name + " from 1 to 2 replicas and wait until 2 run (up to 60 s)",
                    "Wait 2 s before the next step",
                    "Scale " + name + " from 2 to 3 replicas and wait until 3 run (up to 60 s)");
            PlanResult result = run(up, session, new PlanListener() { }, new CancelToken());
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(running(name)).isEqualTo(3);
            List<Instant[]> steps = scaleSteps(up.id());
            assertThat(steps).hasSize(2);
            assertThat(Duration.between(steps.get(0)[1], steps.get(1)[0])).as("interval between steps")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1900));

            Plan down = new ScaleServicePlanFactory().build(new ScaleServiceRequest(host.name(), name, 1, 1, 3, null, 60), session);
            result = run(down, session, new PlanListener() { }, new CancelToken());
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(running(name)).isEqualTo(1);
            steps = scaleSteps(down.id());
            assertThat(steps).hasSize(2);
            assertThat(Duration.between(steps.get(0)[1], steps.get(1)[0])).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        }
    }

    @Test
    void a_task_that_cannot_start_takes_the_service_back_to_its_starting_count() throws Exception {
        String name = run + "-slots";
        // slots 1 and 2 run, any further task exits at once
        service(name, 2, "--env", "SLOT={{.Task.Slot}}", "--restart-condition", "none",
                ENV.registry() + "/testenv/busybox:1", "sh", "-c", "[ \"$SLOT\" -le 2 ] && exec sleep 3600; echo no room; exit 3");
        awaitRunning(name, 2);
        try (HostSession session = session()) {
            Plan plan = new ScaleServicePlanFactory().build(new ScaleServiceRequest(host.name(), name, 4, 2, 0, null, 60), session);
            PlanResult result = run(plan, session, new PlanListener() { }, new CancelToken());

            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.FAILED_UNDONE);
            assertThat(result.steps().get(0).message()).contains("could not start", "exit code 3", "Back at 2 replicas");
        }
        assertThat(replicasOf(name)).isEqualTo("2");
        assertThat(running(name)).isEqualTo(2);
    }

    @Test
    void a_cancel_stops_between_steps_and_returns_to_the_starting_count() throws Exception {
        String name = run + "-cancel";
        service(name, 1);
        try (HostSession session = session()) {
            Plan plan = new ScaleServicePlanFactory().build(new ScaleServiceRequest(host.name(), name, 3, 1, 30, null, 60), session);
            CancelToken token = new CancelToken();
            PlanResult result = run(plan, session, new PlanListener() {
                @Override public void stepStarted(int index, Step step) {
                    if (step instanceof IntervalStep) {
                        token.cancel();
                    }
                }
            }, token);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
        }
        assertThat(replicasOf(name)).isEqualTo("1");
        assertThat(running(name)).isEqualTo(1);
    }

    @Test
    void a_quorum_service_is_not_scaled_below_a_majority_without_force_and_an_even_count_is_warned_about() throws Exception {
        String name = run + "-etcd";
        service(name, 3, "--label", "io.pilothouse.quorum=majority");
        awaitRunning(name, 3);
        try (HostSession session = session()) {
            ScaleServicePlanFactory factory = new ScaleServicePlanFactory();
            SwarmServices services = new SwarmServices(EngineApi.of(session.docker()));
            assertThatThrownBy(() -> factory.preview(new ScaleServiceRequest(host.name(), name, 1, 1, 0, false, 60), services,
                    host.id(), host.name()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(name + " is a quorum service (io.pilothouse.quorum=majority): 1 replicas are fewer than a"
                            + " majority of its 3 members (2), so it would lose its quorum. Nothing was done; force it to scale anyway.");
            ScalePreview even = factory.preview(new ScaleServiceRequest(host.name(), name, 4, 1, 0, false, 60), services,
                    host.id(), host.name());
            assertThat(even.warnings()).anyMatch(w -> w.contains("4 is an even count"));
            ScalePreview forced = factory.preview(new ScaleServiceRequest(host.name(), name, 1, 2, 0, true, 60), services,
                    host.id(), host.name());
            assertThat(forced.plan().steps()).extracting(Step::description).first().asString().contains("from 3 to 2");
        }
        assertThat(replicasOf(name)).isEqualTo("3");
    }

    @Test
    void a_global_service_is_shown_per_node_instead_of_scaled() throws Exception {
        String name = run + "-global";
        service(name, -1, "--mode", "global");
        awaitRunning(name, 1);
        try (HostSession session = session()) {
            assertThatThrownBy(() -> new ScaleServicePlanFactory().build(ScaleServiceRequest.of(host.name(), name, 3), session))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(name + " is a global service: it runs one task on each eligible node (")
                    .hasMessageContaining("(active): running");
            assertThatThrownBy(() -> new ScaleServicePlanFactory().build(ScaleServiceRequest.of(host.name(), run + "-none", 3), session))
                    .hasMessage("There is no swarm service \"" + run + "-none\" on this host.");
        }
    }

    private void awaitRunning(String name, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (running(name) < n) {
            assertThat(System.nanoTime()).as(name + " did not get " + n + " running tasks").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
