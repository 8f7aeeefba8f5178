package io.pilothouse.core.workflows.restart;

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
import io.pilothouse.core.ops.Leftover;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanLeftovers;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The restart workflow from a plan file on the real engine. */
class RestartContainersIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "pth-ops-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @TempDir Path home;

    @AfterEach
    void cleanUp() {
        for (String c : made) {
            try {
                ENV.docker("rm", "-f", c);
            } catch (RuntimeException ignored) {
                // removed already
            }
        }
    }

    private String start(String name, String... labels) {
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(List.of(labels));
        cmd.addAll(List.of(ENV.image(), "sleep", "3600"));
        made.add(name);
        return ENV.docker(cmd.toArray(String[]::new));
    }

    private HostSession session(HostProfile host) {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private String startedAt(String c) {
        return ENV.docker("inspect", "-f", "{{.State.StartedAt}}", c);
    }

    @Test
    void a_saved_plan_file_restarts_the_containers_and_they_run_again() throws Exception {
        String db = run + "-db";
        String search = run + "-search";
        start(db);
        start(search);
        String dbBefore = startedAt(db);
        HostProfile host = HostProfile.create("pth-ops-local", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        PlanFiles files = new PlanFiles(PlanFactoryRegistry.standard());
        Path file = home.resolve("restart.yaml");
        files.write(file, new RestartContainersRequest(host.name(), List.of(db, search), 1, 0));

        try (HostSession session = session(host)) {
            Plan plan = PlanFactoryRegistry.standard().build(files.read(file), session);
            assertThat(plan.steps()).extracting(Step::description).containsExactly(
                    "Stop container " + db + " (timeout 1 s)", "Stop container " + search + " (timeout 1 s)",
                    "Start container " + search + " and wait until it runs", "Start container " + db + " and wait until it runs");
            PlanResult result = new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard())
                    .withHostLocks(home.resolve("run"))
                    .run(plan, host, null, new PlanListener() { }, new CancelToken(), new DockerChangeReverter(session.docker()));

            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
        }
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", db)).isEqualTo("true");
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", search)).isEqualTo("true");
        assertThat(startedAt(db)).as("restarted").isNotEqualTo(dbBefore);
    }

    @Test
    void a_cancel_during_the_pause_starts_every_stopped_container_again() throws Exception {
        String a = run + "-a";
        String b = run + "-b";
        start(a);
        start(b);
        HostProfile host = HostProfile.create("pth-ops-local", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        try (HostSession session = session(host)) {
            Plan plan = new RestartContainersPlanFactory().build(new RestartContainersRequest(host.name(), List.of(a, b), 1, 30), session);
            CancelToken token = new CancelToken();
            PlanResult result = new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard())
                    .run(plan, host, null, new PlanListener() {
                        @Override public void stepStarted(int index, Step step) {
                            if (step instanceof PauseStep) {
                                token.cancel();
                            }
                        }
                    }, token, new DockerChangeReverter(session.docker()));

            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
        }
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", a)).isEqualTo("true");
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", b)).isEqualTo("true");
    }

    @Test
    void a_missing_container_is_named_and_nothing_is_done() {
        String a = run + "-a";
        start(a);
        HostProfile host = HostProfile.create("pth-ops-local", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        try (HostSession session = session(host)) {
            assertThatThrownBy(() -> new RestartContainersPlanFactory().build(
                    RestartContainersRequest.of(host.name(), List.of(a, run + "-nope")), session))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("There is no container " + run + "-nope on pth-ops-local; nothing was done.");
        }
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", a)).isEqualTo("true");
    }

    @Test
    void leftovers_of_a_plan_are_found_by_its_labels() {
        String planId = "test-" + run;
        String helper = run + "-helper";
        start(helper, "--label", "io.pilothouse.managed=true", "--label", "io.pilothouse.operation=" + planId);
        ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", "--label", "io.pilothouse.managed=true",
                "--label", "io.pilothouse.operation=" + planId, run + "-vol");
        HostProfile host = HostProfile.create("pth-ops-local", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        try (HostSession session = session(host)) {
            List<Leftover> left = new PlanLeftovers(session.docker()).of(planId);
            assertThat(left).extracting(Leftover::sentence).containsExactlyInAnyOrder("container " + helper + " (running)",
                    "volume " + run + "-vol");
            assertThat(new PlanLeftovers(session.docker()).of("other-" + run)).isEmpty();
        } finally {
            ENV.docker("volume", "rm", "-f", run + "-vol");
        }
    }
}
