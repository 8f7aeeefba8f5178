package io.pilothouse.desktop.ui.upgrade;

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
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The upgrade wizard on a real swarm service, in a real window: its update settings, the plan, its tasks. */
@ExtendWith(ApplicationExtension.class)
class ServiceUpgradeWizardScreenshotIT {

    private static DesktopUpgradeEngine engine;
    private static String service;
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool();
    private UpgradeWizardViewModel vm;
    private Scene scene;

    @BeforeAll
    static void engine() throws Exception {
        engine = new DesktopUpgradeEngine(Files.createTempDirectory("phuj-shot"));
        service = engine.run + "-api";
        engine.create(new String[]{"service", "rm", service}, "service", "create", "--detach", "--name", service,
                "--label", "io.pilothouse.test=true", "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr",
                "--replicas", "3", "--update-parallelism", "2", "--update-delay", "5s", "--update-order", "start-first",
                engine.image("1"), "sleep", "3600");
    }

    @AfterAll
    static void cleanUp() {
        BACKGROUND.shutdownNow();
        engine.close();
    }

    @Start
    void start(Stage stage) {
        vm = new UpgradeWizardViewModel(engine.port, service, TargetKind.SERVICE, BACKGROUND, Platform::runLater);
        scene = new Scene(UpgradeTools.open(vm, "Upgrade " + service + " on dev-1"), 1100, 680);
        scene.getStylesheets().add(io.pilothouse.desktop.ui.infra.ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWizardShowsTheServicesUpdateSettingsThePlanAndItsTasks(FxRobot robot) throws Exception {
        robot.interact(vm::load);
        await().atMost(Duration.ofSeconds(20)).until(() -> "2".equals(vm.parallelismProperty().get()));
        assertThat(vm.delayProperty().get()).isEqualTo("5");
        assertThat(vm.orderProperty().get()).isEqualTo("start-first");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            robot.interact(vm::refreshTasks);
            Thread.sleep(300);
            return vm.tasks().stream().filter(t -> t.contains(": running,")).count() == 3;
        });
        robot.interact(() -> {
            vm.imageProperty().set(":2");
            vm.preview();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> vm.draftProperty().get() != null);
        robot.interact(() -> { });
        assertThat(vm.steps()).anyMatch(s -> s.startsWith("Update service " + service));
        Pictures.save(scene, "upgrade-wizard-service");
    }
}
