package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.workspace.TargetKind;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The upgrade wizard on a real container of the test engine, in a real window: strategy, image, steps, difference. */
@ExtendWith(ApplicationExtension.class)
class UpgradeWizardScreenshotIT {

    private static final TestEnv ENV = TestEnv.get();
    private static final String NAME = "pth-upg-" + UUID.randomUUID().toString().substring(0, 8) + "-web";
    private static Path home;
    private static HostSession session;
    private UpgradeWizardViewModel vm;
    private Scene scene;

    @BeforeAll
    static void engine() throws Exception {
        home = Files.createTempDirectory("pth-upg-shot");
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", NAME, "-e", "MODE=shop",
                ENV.registry() + "/testenv/busybox:1", "sleep", "3600");
        HostProfile p = HostProfile.create("dev-1", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterAll
    static void cleanUp() {
        if (session != null) {
            session.close();
        }
        try { ENV.docker("rm", "-f", NAME); } catch (RuntimeException ignored) { /* gone */ }
    }

    @Start
    void start(Stage stage) {
        UpgradePort port = new CoreUpgradePort(session, new Journal(home.resolve("journal.jsonl")), RegistryCredentials.none(),
                draft -> { });
        vm = new UpgradeWizardViewModel(port, NAME, TargetKind.CONTAINER, Runnable::run, Platform::runLater);
        scene = new Scene(UpgradeTools.open(vm, "Upgrade " + NAME + " on dev-1"), 1100, 640);
        scene.getStylesheets().add(io.pilothouse.desktop.ui.infra.ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWizardShowsTheRecreateStepsAndTheConfigurationDifference(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.imageProperty().set(":2");
            vm.preview();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> vm.draftProperty().get() != null);
        robot.interact(() -> { });
        assertThat(vm.steps()).anyMatch(s -> s.startsWith("Pull " + ENV.registry() + "/testenv/busybox:2"));
        assertThat(vm.difference()).anyMatch(l -> l.startsWith("image: " + ENV.registry() + "/testenv/busybox:1"));
        Pictures.save(scene, "upgrade-wizard");
    }
}
