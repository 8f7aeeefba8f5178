package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.plan.PlanWizard;
import io.pilothouse.desktop.ui.plan.PlanWizardServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup wizard over the real engine, and the plan it opens in the plan wizard:
 * target/screenshots/backup-wizard.png and backup-plan.png. */
@ExtendWith(ApplicationExtension.class)
class BackupWizardScreenshotIT {

    private static final TestEnv ENV = TestEnv.get();
    private static final String RUN = "bkp-" + UUID.randomUUID().toString().substring(0, 8);
    private static Path home;
    private static HostSession session;
    private BackupWizardViewModel vm;
    private PlanWizard wizard;
    private Scene scene;

    @BeforeAll
    static void engine() throws Exception {
        home = Files.createTempDirectory("bkp-shot");
        String stack = RUN + "-shop";
        ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", RUN + "-postgres-primary-database-data");
        ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", "--label", "io.pilothouse.backup=regenerable",
                RUN + "-search-index");
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--label", "com.docker.compose.project=" + stack,
                "--name", RUN + "-db", "-v", RUN + "-postgres-primary-database-data:/var/lib/db", ENV.image(), "sleep", "3600");
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--label", "com.docker.compose.project=" + stack,
                "--name", RUN + "-search", "-v", RUN + "-search-index:/idx", ENV.image(), "sleep", "3600");
        HostProfile p = HostProfile.create("prod-1", new UnixSocketTransport(ENV.dockerSock()), Environment.PRODUCTION);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterAll
    static void cleanUp() {
        if (session != null) {
            session.close();
        }
        for (String c : List.of(RUN + "-db", RUN + "-search")) {
            try { ENV.docker("rm", "-f", c); } catch (RuntimeException ignored) { /* gone */ }
        }
        for (String v : List.of(RUN + "-postgres-primary-database-data", RUN + "-search-index")) {
            try { ENV.docker("volume", "rm", v); } catch (RuntimeException ignored) { /* gone */ }
        }
    }

    @Start
    void start(Stage stage) {
        BackupPort port = new CoreBackupPort(session, new VolumeChoices(home.resolve("c.json")), home.resolve("backups"));
        PlanWizardServices services = new PlanWizardServices(
                new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard()),
                ConfirmationRule.of(new ProductionGuard()), null, null, Runnable::run, Platform::runLater);
        BackupRequest scope = new BackupRequest(null, "prod-1", List.of(), null, RUN + "-shop", false, null, "hot",
                Map.of(), "zstd", null, null, null);
        vm = new BackupWizardViewModel(port, scope, Runnable::run, Platform::runLater,
                plan -> wizard = PlanWizard.create(stage, session.profile(), plan, null, services));
        scene = new Scene(BackupTools.open(vm, "Back up the volumes of " + RUN + "-shop on prod-1"), 1100, 720);
        scene.getStylesheets().add(io.pilothouse.desktop.ui.infra.ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWizardListsTheStacksVolumesAndShowsThePlan(FxRobot robot) throws Exception {
        robot.interact(vm::load);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rows()).extracting(VolumeRow::name).containsExactly(RUN + "-postgres-primary-database-data", RUN + "-search-index");
        assertThat(vm.rows().get(1).selectedProperty().get()).isFalse();
        robot.interact(() -> vm.rows().get(0).consistencyProperty().set(io.pilothouse.core.workflows.backup.Consistency.STOP));
        Pictures.save(scene, "backup-wizard");
        robot.interact(vm::makePlan);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard).as("the plan opened in the plan wizard").isNotNull();
        assertThat(wizard.viewModel().steps()).anyMatch(r -> r.description().contains("Stop " + RUN + "-db"));
        assertThat(wizard.viewModel().needsConfirmation()).as("prod-1 is a production host").isTrue();
        robot.interact(() -> wizard.stage().show());
        WaitForAsyncUtils.waitForFxEvents();
        Pictures.save(wizard.stage().getScene(), "backup-plan");
        robot.interact(() -> wizard.stage().close());
    }
}
