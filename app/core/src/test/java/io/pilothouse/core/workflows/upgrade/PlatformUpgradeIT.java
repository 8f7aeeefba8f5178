package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.ProductionGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A compose-labelled platform of three services upgraded in dependency order, rolling and in a window. */
class PlatformUpgradeIT {

    @TempDir
    Path home;
    UpgradeFixture fx;
    String stack;
    String net;

    @BeforeEach
    void setUp() {
        fx = new UpgradeFixture(home);
        stack = fx.run + "-stack";
        net = fx.network("plat");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** Pushes {@code source} as REGISTRY/RUN/REPO:latest and gives that reference. */
    private String push(String source, String repo) {
        String ref = UpgradeFixture.ENV.registry() + "/" + fx.run + "/" + repo + ":latest";
        fx.docker("tag", source, ref);
        fx.docker("push", ref);
        fx.alsoRemove("rmi", "-f", ref);
        return ref;
    }

    private String member(String service, String image, String dependsOn) {
        List<String> options = new java.util.ArrayList<>(List.of("--network", net,
                "--label", PlatformUpgrades.PROJECT_LABEL + "=" + stack, "--label", PlatformUpgrades.SERVICE_LABEL + "=" + service));
        if (dependsOn != null) {
            options.addAll(List.of("--label", PlatformUpgrades.DEPENDS_ON_LABEL + "=" + dependsOn));
        }
        options.add(image);
        return fx.container(service, options, "sleep", "3600");
    }

    private String release(String container) {
        return fx.docker("exec", container, "cat", "/etc/testenv-release").strip();
    }

    private boolean running(String container) {
        return fx.docker("inspect", "-f", "{{.State.Running}}", container).strip().equals("true");
    }

    private PlatformUpgrades upgrades() {
        return new PlatformUpgrades(fx.session, fx.journal, new ProductionGuard(), RegistryCredentials.none());
    }

    private static HealthGate gate() {
        return new HealthGate(Duration.ofSeconds(20), Duration.ofSeconds(1), null, null);
    }

    @Test
    void rollingStopsAtTheFirstFailureUndoesThatServiceAndLeavesTheRestAsTheyWere() throws Exception {
        String app = push(fx.registryImage("1"), "app");
        String apiImage = push(fx.registryImage("1"), "api");
        String web = member("web", app, "api:service_started:false");
        String api = member("api", apiImage, "db:service_started:false");
        String db = member("db", app, null);
        String apiId = fx.docker("inspect", "-f", "{{.Id}}", api).strip();
        push(fx.registryImage("2"), "app");
        push(fx.image("nosleep", "RUN rm /bin/sleep"), "api");

        PlatformPreview preview = upgrades().preview(stack, List.of(), PlatformMode.ROLLING, gate());
        assertThat(preview.members()).extracting(PlatformMember::service).containsExactly("db", "api", "web");

        PlatformReport report = upgrades().run(preview, null, new PlanListener() { }, new CancelToken());

        assertThat(report.result().outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(report.services()).extracting(ServiceOutcome::kind).containsExactly(ServiceOutcome.Kind.UPGRADED,
                ServiceOutcome.Kind.FAILED_UNDONE, ServiceOutcome.Kind.NOT_UPGRADED);
        assertThat(report.services().get(1).message()).contains("stopped");
        assertThat(release(db)).isEqualTo("2");
        assertThat(fx.docker("inspect", "-f", "{{.Id}}", api).strip()).isEqualTo(apiId);
        assertThat(running(api)).isTrue();
        assertThat(release(api)).isEqualTo("1");
        assertThat(release(web)).isEqualTo("1");
        assertThat(fx.journal.readAll()).anyMatch(e -> e.event().equals(ContainerUpgrades.UPGRADED) && db.equals(e.details().get("container")));
    }

    @Test
    void aWindowStopsEverythingThenStartsEachServiceInDependencyOrder() {
        String app = push(fx.registryImage("1"), "app");
        String web = member("web", app, "api");
        String api = member("api", app, "db");
        String db = member("db", app, null);
        push(fx.registryImage("2"), "app");

        PlatformPreview preview = upgrades().preview(stack, List.of(), PlatformMode.WINDOW, gate());
        List<String> steps = preview.plan().steps().stream().map(s -> s.description()).toList();
        assertThat(steps.get(0)).isEqualTo("Stop " + web + " for the maintenance window");
        assertThat(steps.get(2)).isEqualTo("Stop " + db + " for the maintenance window");

        PlatformReport report = upgrades().run(preview, null, new PlanListener() { }, new CancelToken());

        assertThat(report.result().succeeded()).as(report.result().summary()).isTrue();
        assertThat(report.services()).allMatch(s -> s.kind() == ServiceOutcome.Kind.UPGRADED);
        for (String c : List.of(web, api, db)) {
            assertThat(running(c)).isTrue();
            assertThat(release(c)).isEqualTo("2");
        }
        assertThat(startedAt(db)).isBefore(startedAt(api));
        assertThat(startedAt(api)).isBefore(startedAt(web));
    }

    @Test
    void aUserOrderMustNameEachServiceAndAMissingStackIsNamed() {
        String app = push(fx.registryImage("1"), "app");
        member("web", app, null);
        member("db", app, null);
        assertThatThrownBy(() -> upgrades().preview(stack, List.of("web"), PlatformMode.ROLLING, gate()))
                .hasMessage("The order must name each service of " + stack + " once: db, web (given: web).");
        assertThat(upgrades().preview(stack, List.of("web", "db"), PlatformMode.ROLLING, gate()).members())
                .extracting(PlatformMember::service).containsExactly("web", "db");
        assertThatThrownBy(() -> upgrades().preview(fx.run + "-none", List.of(), PlatformMode.WINDOW, gate()))
                .hasMessageContaining("There is no stack \"" + fx.run + "-none\"");
    }

    private java.time.Instant startedAt(String c) {
        return java.time.Instant.parse(fx.docker("inspect", "-f", "{{.State.StartedAt}}", c).strip());
    }
}
