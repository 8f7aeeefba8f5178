package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.HostLock;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProductionGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finished upgrade is journaled by its plan, whatever runs it (the plan wizard's runner, the command
 * line's), for recreate, blue/green and each container of a platform; and upgrades take the host lock.
 */
class UpgradeJournalIT {

    @TempDir
    Path home;
    UpgradeFixture fx;

    @BeforeEach
    void setUp() {
        fx = new UpgradeFixture(home);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static HealthGate gate() {
        return new HealthGate(Duration.ofSeconds(20), Duration.ofSeconds(1), null, null);
    }

    private List<JournalEntry> upgrades(String container) {
        return fx.journal.readAll().stream().filter(e -> e.event().equals(ContainerUpgrades.UPGRADED)
                && container.equals(e.details().get("container"))).toList();
    }

    private String image(String container) {
        return fx.docker("inspect", "-f", "{{.Config.Image}}", container).strip();
    }

    @Test
    void recreateAndBlueGreenPlansRunByAPlainRunnerJournalTheUpgrade() {
        String plain = fx.container("plain", List.of(fx.registryImage("1")), "sleep", "3600");
        String oldId = fx.docker("inspect", "-f", "{{.Image}}", plain).strip();
        RecreatePreview recreate = fx.factory().preview(plain, ":2", gate(), true);

        PlanResult result = fx.run(recreate);

        assertThat(result.succeeded()).as(result.summary()).isTrue();
        assertThat(upgrades(plain)).singleElement().satisfies(e -> {
            assertThat(e.details()).containsEntry("previousImage", fx.registryImage("1"))
                    .containsEntry("previousImageId", oldId).containsEntry("image", fx.registryImage("2"))
                    .containsEntry("plan", recreate.plan().id());
            assertThat(e.host()).isEqualTo(fx.session.profile().name());
        });
        assertThat(ContainerUpgrades.upgradedContainers(fx.journal, fx.session.profile().name())).contains(plain);

        String net = fx.network("bgj");
        String blue = fx.container("blue", List.of("--network", net, "--network-alias", "app", fx.registryImage("1")),
                "httpd", "-f", "-p", "8080", "-h", "/var/www");
        RecreatePreview blueGreen = new BlueGreenPlanFactory(EngineApi.of(fx.session.docker()), fx.session.profile().id(),
                RegistryCredentials.none()).preview(blue, ":2", gate(), List.of(), Duration.ofSeconds(1));
        PlanResult switched = fx.run(blueGreen);
        assertThat(switched.succeeded()).as(switched.summary()).isTrue();
        assertThat(upgrades(blue)).singleElement().satisfies(e -> assertThat(e.details())
                .containsEntry("previousImage", fx.registryImage("1")).containsEntry("image", fx.registryImage("2")));
    }

    @Test
    void aFailedUpgradeIsNotJournaledAsAnUpgrade() {
        String name = fx.container("fails", List.of(fx.registryImage("1")), "sleep", "3600");
        PlanResult result = fx.run(fx.factory().preview(name, ":no-such-tag", gate(), true));
        assertThat(result.succeeded()).isFalse();
        assertThat(upgrades(name)).isEmpty();
        assertThat(image(name)).isEqualTo(fx.registryImage("1"));
    }

    @Test
    void eachContainerOfAPlatformIsJournaled() {
        String stack = fx.run + "-stack";
        String net = fx.network("platj");
        String db = fx.container("db", List.of("--network", net, "--label", PlatformUpgrades.PROJECT_LABEL + "=" + stack,
                "--label", PlatformUpgrades.SERVICE_LABEL + "=db", fx.registryImage("1")), "sleep", "3600");
        String web = fx.container("web", List.of("--network", net, "--label", PlatformUpgrades.PROJECT_LABEL + "=" + stack,
                "--label", PlatformUpgrades.SERVICE_LABEL + "=web", fx.registryImage("1")), "sleep", "3600");
        PlatformUpgrades platforms = new PlatformUpgrades(fx.session, fx.journal, new ProductionGuard(), RegistryCredentials.none());
        PlatformPreview preview = platforms.preview(stack, List.of(), PlatformMode.ROLLING, gate());

        PlatformReport report = platforms.withHostLocks(home.resolve("locks")).run(preview, null, new PlanListener() { },
                new CancelToken());

        assertThat(report.result().succeeded()).as(report.result().summary()).isTrue();
        assertThat(upgrades(db)).hasSize(1);
        assertThat(upgrades(web)).hasSize(1);
    }

    @Test
    void aSecondRunOnABusyHostIsRefusedAndChangesNothing() {
        String name = fx.container("busy", List.of(fx.registryImage("1")), "sleep", "3600");
        String stack = fx.run + "-busystack";
        fx.container("busydb", List.of("--label", PlatformUpgrades.PROJECT_LABEL + "=" + stack,
                "--label", PlatformUpgrades.SERVICE_LABEL + "=db", fx.registryImage("1")), "sleep", "3600");
        Path locks = home.resolve("locks");
        ContainerUpgrades upgrades = new ContainerUpgrades(fx.session, fx.journal, new ProductionGuard()).withHostLocks(locks);
        PlatformUpgrades platforms = new PlatformUpgrades(fx.session, fx.journal, new ProductionGuard(), RegistryCredentials.none())
                .withHostLocks(locks);
        RecreatePreview preview = upgrades.preview(name, ":2", gate());
        PlatformPreview platform = platforms.preview(stack, List.of(), PlatformMode.WINDOW, gate());
        Plan other = new Plan(Plan.newId("backup"), "backup", fx.session.profile().id(), "Back up db-data", List.of());

        try (HostLock held = HostLock.acquire(locks, fx.session.profile(), other)) {
            PlanResult refused = upgrades.run(preview, null, new PlanListener() { }, new CancelToken());
            assertThat(refused.outcome()).isEqualTo(PlanOutcome.REFUSED);
            assertThat(refused.summary()).startsWith(fx.session.profile().name() + " is busy with \"Back up db-data\"")
                    .contains("nothing was done");
            PlatformReport refusedToo = platforms.run(platform, null, new PlanListener() { }, new CancelToken());
            assertThat(refusedToo.result().outcome()).isEqualTo(PlanOutcome.REFUSED);
            assertThat(refusedToo.result().summary()).contains("is busy with \"Back up db-data\"");
        }
        assertThat(image(name)).isEqualTo(fx.registryImage("1"));
        assertThat(fx.docker("inspect", "-f", "{{.State.Running}}", name).strip()).isEqualTo("true");
        assertThat(upgrades(name)).isEmpty();

        PlanResult after = upgrades.run(preview, null, new PlanListener() { }, new CancelToken());
        assertThat(after.succeeded()).as("the host is free again: " + after.summary()).isTrue();
        assertThat(image(name)).isEqualTo(fx.registryImage("2"));
    }
}
