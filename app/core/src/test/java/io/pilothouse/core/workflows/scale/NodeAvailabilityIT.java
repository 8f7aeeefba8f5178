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
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node availability on the second engine (never the shared one: draining its only node would stop
 * everybody's services); the node is set back to active after each test whatever happened.
 */
class NodeAvailabilityIT {

    private static final TestEnv ENV = TestEnv.restartable();
    private final String run = "scl-" + UUID.randomUUID().toString().substring(0, 8);
    private final HostProfile host = HostProfile.create("scl-nodes", new UnixSocketTransport(ENV.dockerSock()),
            Environment.DEVELOPMENT);

    @TempDir Path home;

    @AfterEach
    void activeAgain() {
        try {
            ENV.docker("service", "rm", run + "-web");
        } catch (RuntimeException ignored) {
            // not made
        }
        ENV.docker("node", "update", "--availability", "active", node());
    }

    private String node() {
        return ENV.docker("node", "ls", "-q").lines().findFirst().orElseThrow();
    }

    private HostSession session() {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private PlanResult run(Plan plan, HostSession session) {
        return new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard())
                .run(plan, host, null, new PlanListener() { }, new CancelToken(), new DockerChangeReverter(session.docker()));
    }

    private String availability() {
        return ENV.docker("node", "inspect", "-f", "{{.Spec.Availability}}", node());
    }

    @Test
    void drain_moves_the_tasks_off_the_node_and_activate_takes_it_back() throws Exception {
        ENV.docker("service", "create", "-d", "--label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr",
                "--stop-grace-period", "1s", "--name", run + "-web", "--replicas", "2", ENV.registry() + "/testenv/busybox:1",
                "sleep", "3600");
        String hostname = ENV.docker("node", "inspect", "-f", "{{.Description.Hostname}}", node());
        try (HostSession session = session()) {
            SwarmNodes nodes = new SwarmNodes(EngineApi.of(session.docker()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (nodes.find(hostname).tasks() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            ScalePreview drain = new NodeAvailabilityPlanFactory().preview(
                    new NodeAvailabilityRequest(host.name(), hostname, "drain", 60), nodes, host.id(), host.name());
            assertThat(drain.plan().steps().get(0).description()).startsWith("Drain node " + hostname + " (now active)");
            assertThat(drain.warnings()).anyMatch(w -> w.contains("is the only active node"));
            PlanResult result = run(drain.plan(), session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(availability()).isEqualTo("drain");
            assertThat(nodes.find(hostname).tasks()).isZero();

            Plan activate = PlanFactoryRegistry.standard().build(new NodeAvailabilityRequest(host.name(), hostname, "activate", null),
                    session);
            result = run(activate, session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(availability()).isEqualTo("active");
        }
    }

    @Test
    void a_journaled_availability_change_is_taken_back_by_the_reverter() throws Exception {
        ENV.docker("node", "update", "--availability", "pause", node());
        try (HostSession session = session()) {
            new DockerChangeReverter(session.docker()).takeBack(
                    HostChange.of(ChangeKind.NODE_AVAILABILITY, node(), Map.of("availability", "active"), "paused the node"));
        }
        assertThat(availability()).isEqualTo("active");
    }
}
