package io.pilothouse.desktop.ui.scale;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.plan.PlanWizard;
import io.pilothouse.desktop.ui.plan.PlanWizardServices;
import io.pilothouse.desktop.ui.workspace.Target;
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
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale wizard over the real engine in a window, its plan in the plan wizard, run to the end:
 * target/screenshots/scale-wizard.png and scale-plan.png.
 */
@ExtendWith(ApplicationExtension.class)
class ScaleWizardScreenshotIT {

    private static final TestEnv ENV = TestEnv.get();
    private static final String SERVICE = "scl-" + UUID.randomUUID().toString().substring(0, 8) + "-api";
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool();
    private static Path home;
    private static HostSession session;
    private final AtomicReference<PlanWizard> wizard = new AtomicReference<>();
    private ScaleWizardViewModel vm;
    private Scene scene;

    @BeforeAll
    static void engine() throws Exception {
        home = Files.createTempDirectory("scl-shot");
        ENV.docker("service", "create", "-d", "--label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr",
                "--stop-grace-period", "1s", "--name", SERVICE, "--replicas", "1", ENV.registry() + "/testenv/busybox:1",
                "sleep", "3600");
        // a fresh engine takes a moment to run the first task; the wizard is to read a running service
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!ENV.docker("service", "ls", "--filter", "name=" + SERVICE, "--format", "{{.Replicas}}").strip().startsWith("1/1")
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        HostProfile p = HostProfile.create("staging-1", new UnixSocketTransport(ENV.dockerSock()), Environment.STAGING);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterAll
    static void cleanUp() {
        if (session != null) {
            session.close();
        }
        BACKGROUND.shutdownNow();
        try { ENV.docker("service", "rm", SERVICE); } catch (RuntimeException ignored) { /* gone */ }
    }

    @Start
    void start(Stage stage) {
        PlanWizardServices services = new PlanWizardServices(
                new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard()).withHostLocks(home.resolve("locks")),
                ConfirmationRule.of(new ProductionGuard()), new PlanFiles(PlanFactoryRegistry.standard()),
                new DockerChangeReverter(session.docker()), BACKGROUND, Platform::runLater);
        vm = new ScaleWizardViewModel(new CoreScalePort(session), new Target(SERVICE, SERVICE, TargetKind.SERVICE), BACKGROUND,
                Platform::runLater, (plan, request) -> {
                    PlanWizard w = PlanWizard.create(stage, session.profile(), plan, request, services);
                    w.stage().setWidth(1000);
                    w.stage().setHeight(640);
                    w.stage().show();
                    wizard.set(w);
                });
        scene = new Scene(ScaleTools.open(vm), 900, 520);
        scene.getStylesheets().add(io.pilothouse.desktop.ui.infra.ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void the_wizard_reads_the_service_previews_the_steps_and_the_plan_wizard_runs_them(FxRobot robot) throws Exception {
        robot.interact(vm::load);
        waitUntil(() -> !vm.busyProperty().get());
        assertThat(vm.summaryProperty().get()).isEqualTo("1 replica asked, 1 running");
        robot.interact(() -> {
            vm.replicasProperty().set("3");
            vm.stepProperty().set("1");
            vm.intervalProperty().set("1");
        });
        Pictures.save(scene, "scale-wizard");
        robot.interact(vm::preview);
        waitUntil(() -> wizard.get() != null);
        PlanWizard w = wizard.get();
        assertThat(w.viewModel().steps()).hasSize(3);
        robot.interact(() -> w.viewModel().run("staging-1"));
        waitUntil(() -> w.viewModel().resultProperty().get() != null);
        assertThat(w.viewModel().resultProperty().get().outcome()).as(w.viewModel().resultProperty().get().summary())
                .isEqualTo(PlanOutcome.SUCCEEDED);
        assertThat(ENV.docker("service", "inspect", "-f", "{{.Spec.Mode.Replicated.Replicas}}", SERVICE)).isEqualTo("3");
        BufferedImage picture = Pictures.save(w.stage().getScene(), "scale-plan");
        assertThat(picture.getWidth()).isGreaterThan(600);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            WaitForAsyncUtils.waitForFxEvents();
            if (done.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
