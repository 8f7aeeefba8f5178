package io.pilothouse.desktop.ui.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.ops.HostLock;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.desktop.ui.history.PlanRunRow;
import io.pilothouse.desktop.ui.history.PlanRunsViewModel;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade started the way the desktop wizard starts it (its port, then the plan wizard's runner)
 * is journaled, and the rollback offered from that journal entry (the history's button, the
 * container's menu) puts the container back on its previous image with its configuration.
 */
class DesktopUpgradeRollbackIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    DesktopUpgradeEngine engine;

    @BeforeEach
    void setUp() {
        engine = new DesktopUpgradeEngine(home);
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private JsonNode inspect(String name) throws Exception {
        return JSON.readTree(engine.docker("inspect", name)).get(0);
    }

    @Test
    void aWizardUpgradeRollsBackFromTheJournalToThePreviousImageWithItsConfiguration() throws Exception {
        String name = engine.run + "-web";
        String net = engine.run + "-net";
        String volume = engine.run + "-data";
        engine.create(new String[]{"network", "rm", net}, "network", "create", "--label", "io.pilothouse.test=true", net);
        engine.create(new String[]{"volume", "rm", "-f", volume}, "volume", "create", "--label", "io.pilothouse.test=true", volume);
        engine.create(new String[]{"rm", "-f", "-v", name}, "run", "-d", "--name", name, "--label", "io.pilothouse.test=true",
                "--label", "tier=front", "-e", "MODE=shop", "--network", net, "--network-alias", "shop",
                "--restart", "unless-stopped", "-v", volume + ":/data", engine.image("1"), "sleep", "3600");
        engine.docker("exec", name, "sh", "-c", "echo kept > /data/file");
        JsonNode before = inspect(name);

        UpgradeWizardViewModel wizard = new UpgradeWizardViewModel(engine.port, name, TargetKind.CONTAINER, Runnable::run,
                Runnable::run);
        wizard.imageProperty().set(":2");
        wizard.healthTimeoutProperty().set("20");
        wizard.preview();
        assertThat(wizard.draftProperty().get()).as(wizard.statusProperty().get()).isNotNull();
        wizard.proceed();
        assertThat(engine.opened).hasSize(1);
        try (HostLock held = HostLock.acquire(engine.locks(), engine.session.profile(), new Plan("backup-nightly", "backup",
                engine.session.profile().id(), "Nightly backup", List.of()))) {
            PlanResult busy = engine.runAsWizard(engine.opened.get(0), new PlanListener() { });
            assertThat(busy.outcome()).isEqualTo(PlanOutcome.REFUSED);
            assertThat(busy.summary()).startsWith(engine.session.profile().name() + " is busy with \"Nightly backup\"");
            assertThat(inspect(name).path("Id").asText()).as("nothing was done").isEqualTo(before.path("Id").asText());
        }
        PlanResult upgraded = engine.runAsWizard(engine.opened.get(0), new PlanListener() { });
        assertThat(upgraded.succeeded()).as(upgraded.summary()).isTrue();
        assertThat(inspect(name).path("Config").path("Image").asText()).isEqualTo(engine.image("2"));
        assertThat(ContainerUpgrades.upgradedContainers(engine.journal, engine.session.profile().name())).contains(name);

        // the history's runs view offers the rollback of that run's container and opens it through the registry
        UpgradeRollbacks rollbacks = new UpgradeRollbacks();
        List<String> failures = new CopyOnWriteArrayList<>();
        RollbackOffer offer = new RollbackOffer(engine.port,
                () -> ContainerUpgrades.upgradedContainers(engine.journal, engine.session.profile().name()),
                Runnable::run, Runnable::run, failures::add);
        assertThat(offer.available(name)).as("the container's menu offers the rollback").isTrue();
        rollbacks.connected(engine.session.profile().name(), offer::open);
        PlanRunsViewModel runs = new PlanRunsViewModel(new PlanHistory(engine.journal), Set::of, Runnable::run, Runnable::run,
                rollbacks);
        runs.load();
        PlanRunRow run = runs.shown().stream().filter(r -> r.title().startsWith("Upgrade " + name)).findFirst().orElseThrow();
        runs.chosenProperty().set(run);
        assertThat(runs.rollbackTargets()).containsExactly(name);
        runs.rollBack();
        assertThat(failures).isEmpty();
        assertThat(engine.opened).hasSize(2);

        PlanResult rolledBack = engine.runAsWizard(engine.opened.get(1), new PlanListener() { });

        assertThat(rolledBack.succeeded()).as(rolledBack.summary()).isTrue();
        JsonNode after = inspect(name);
        assertThat(after.path("Name").asText()).isEqualTo("/" + name);
        assertThat(after.path("Image").asText()).isEqualTo(before.path("Image").asText());
        assertThat(after.path("Config").path("Image").asText()).isEqualTo(engine.image("1"));
        assertThat(after.path("State").path("Running").asBoolean()).isTrue();
        assertThat(after.path("Config").path("Env").toString()).contains("MODE=shop");
        assertThat(after.path("Config").path("Labels").path("tier").asText()).isEqualTo("front");
        assertThat(after.path("Config").path("Cmd")).isEqualTo(before.path("Config").path("Cmd"));
        assertThat(after.path("HostConfig").path("RestartPolicy")).isEqualTo(before.path("HostConfig").path("RestartPolicy"));
        assertThat(after.path("NetworkSettings").path("Networks").path(net).path("Aliases").toString()).contains("\"shop\"");
        assertThat(after.path("Mounts").toString()).contains(volume);
        assertThat(engine.docker("exec", name, "cat", "/data/file").strip()).isEqualTo("kept");
        assertThat(engine.docker("ps", "-a", "--filter", "name=" + name + "-pth", "--format", "{{.Names}}")).isBlank();
    }

    @Test
    void aContainerNeverUpgradedHasNoRollbackAndSaysWhy() {
        String name = engine.run + "-plain";
        engine.create(new String[]{"rm", "-f", name}, "run", "-d", "--name", name, "--label", "io.pilothouse.test=true",
                engine.image("1"), "sleep", "3600");
        List<String> failures = new CopyOnWriteArrayList<>();
        RollbackOffer offer = new RollbackOffer(engine.port,
                () -> ContainerUpgrades.upgradedContainers(engine.journal, engine.session.profile().name()),
                Runnable::run, Runnable::run, failures::add);
        assertThat(offer.available(name)).isFalse();
        offer.open(name);
        assertThat(failures).containsExactly("The journal has no upgrade of " + name + " on " + engine.session.profile().name()
                + ": there is no previous image to roll back to.");
        assertThat(engine.opened).isEmpty();
    }
}
