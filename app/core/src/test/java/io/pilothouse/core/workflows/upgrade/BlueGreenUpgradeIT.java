package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blue/green on the real engine, with a client looping requests against the alias through the whole switch. */
class BlueGreenUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    UpgradeFixture fx;
    String net;

    @BeforeEach
    void setUp() {
        fx = new UpgradeFixture(home);
        net = fx.network("bg", "--subnet", "10." + ThreadLocalRandom.current().nextInt(160, 250) + "."
                + ThreadLocalRandom.current().nextInt(0, 255) + ".0/24");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String blue(String suffix, String... more) {
        List<String> options = new ArrayList<>(List.of("--network", net, "--network-alias", "app"));
        options.addAll(List.of(more));
        options.add(fx.registryImage("1"));
        return fx.container(suffix, options, "httpd", "-f", "-p", "8080", "-h", "/var/www");
    }

    static HealthGate probe(int port) {
        return new HealthGate(Duration.ofSeconds(20), Duration.ofSeconds(1), port, "/index.html");
    }

    private RecreatePreview preview(String name, HealthGate gate) {
        return new BlueGreenPlanFactory(EngineApi.of(fx.session.docker()), fx.session.profile().id(),
                RegistryCredentials.none()).preview(name, ":2", gate, List.of(), Duration.ofSeconds(1));
    }

    @Test
    void trafficMovesToGreenWithoutASingleFailedRequest() throws Exception {
        String name = blue("web");
        RequestLoop loop = RequestLoop.start(fx, net, "app", 8080, "/index.html");
        loop.awaitAnswers("v1", 20);

        PlanResult result = fx.run(preview(name, probe(8080)));

        assertThat(result.succeeded()).as(result.summary()).isTrue();
        loop.awaitAnswers("v2", 20);
        RequestLoop.Counts counts = loop.stop();
        assertThat(counts.failed()).as("failed requests during the switch").isZero();
        assertThat(counts.v1()).isPositive();
        assertThat(counts.v2()).isPositive();
        assertThat(counts.lastAnswer()).contains("v2");

        JsonNode now = JSON.readTree(fx.docker("inspect", name)).get(0);
        assertThat(now.path("Config").path("Image").asText()).isEqualTo(fx.registryImage("2"));
        assertThat(now.path("State").path("Running").asBoolean()).isTrue();
        assertThat(now.path("NetworkSettings").path("Networks").path(net).path("Aliases").toString()).contains("\"app\"");
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + name + "-pth", "--format", "{{.Names}}")).isBlank();
    }

    @Test
    void aGreenThatNeverAnswersIsRemovedAndBlueKeepsTheTraffic() throws Exception {
        String name = blue("stuck");
        String blueId = fx.docker("inspect", "-f", "{{.Id}}", name).strip();
        RequestLoop loop = RequestLoop.start(fx, net, "app", 8080, "/index.html");
        loop.awaitAnswers("v1", 20);

        PlanResult result = fx.run(preview(name, new HealthGate(Duration.ofSeconds(3), Duration.ofSeconds(1), 8081, null)));

        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        int before = loop.counts().v1();
        loop.awaitAnswers("v1", before + 10);
        RequestLoop.Counts counts = loop.stop();
        assertThat(counts.failed()).isZero();
        assertThat(counts.v2()).isZero();
        JsonNode now = JSON.readTree(fx.docker("inspect", name)).get(0);
        assertThat(now.path("Id").asText()).isEqualTo(blueId);
        assertThat(now.path("State").path("Running").asBoolean()).isTrue();
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + name + "-pth", "--format", "{{.Names}}")).isBlank();
    }

    @Test
    void undoAfterTheSwitchGivesTheAliasBackToBlue() throws Exception {
        String name = blue("back");
        String blueId = fx.docker("inspect", "-f", "{{.Id}}", name).strip();
        RecreatePreview p = preview(name, probe(8080));
        // run up to the drain, then cancel: everything before it is taken back
        io.pilothouse.core.ops.CancelToken cancel = new io.pilothouse.core.ops.CancelToken();
        RequestLoop loop = RequestLoop.start(fx, net, "app", 8080, "/index.html");
        loop.awaitAnswers("v1", 20);
        PlanResult result = new io.pilothouse.core.ops.PlanRunner(fx.journal, new io.pilothouse.core.ops.ProductionGuard())
                .run(p.plan(), fx.session.profile(), null, new io.pilothouse.core.ops.PlanListener() {
                    @Override
                    public void stepStarted(int index, io.pilothouse.core.ops.Step step) {
                        if (step instanceof BlueGreenSteps.Drain) {
                            cancel.cancel();
                        }
                    }
                }, cancel);

        assertThat(result.outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
        // a request caught in green's reconnect during the undo is reported only when its 5 s timeout ends
        Thread.sleep(6_000);
        RequestLoop.Counts atUndo = loop.counts();
        loop.awaitAnswers("v1", atUndo.v1() + 10);
        RequestLoop.Counts counts = loop.stop();
        assertThat(counts.failed()).as("failed requests once the undo is done").isEqualTo(atUndo.failed());
        assertThat(atUndo.failed()).as("failed requests during the undo").isLessThanOrEqualTo(1);
        assertThat(counts.v2()).as("answers from green after the undo").isEqualTo(atUndo.v2());
        assertThat(counts.lastAnswer()).contains("v1");
        JsonNode now = JSON.readTree(fx.docker("inspect", name)).get(0);
        assertThat(now.path("Id").asText()).isEqualTo(blueId);
        assertThat(now.path("NetworkSettings").path("Networks").path(net).path("Aliases").toString()).contains("\"app\"");
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + name + "-pth", "--format", "{{.Names}}")).isBlank();
    }

    @Test
    void aFixedHostPortOrAMissingAliasIsRefusedBeforeAnythingRuns() {
        int port = ThreadLocalRandom.current().nextInt(30000, 39000);
        String published = blue("pub", "-p", "127.0.0.1:" + port + ":8080");
        assertThatThrownBy(() -> preview(published, probe(8080)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publishes host port " + port).hasMessageContaining("recreate");
        String plain = blue("plain");
        assertThatThrownBy(() -> new BlueGreenPlanFactory(EngineApi.of(fx.session.docker()), fx.session.profile().id(),
                RegistryCredentials.none()).preview(plain, ":2", probe(8080), List.of("nosuch"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(plain + " has no network alias \"nosuch\" (it has: app).");
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + plain + "-pth", "--format", "{{.Names}}")).isBlank();
    }
}
