package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.infra.Theme;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PlanWizardUiTest {

    @TempDir Path dir;
    final TestPlans plans = new TestPlans();
    final HostProfile dev = TestPlans.host(Environment.DEVELOPMENT);
    final ExecutorService background = Executors.newSingleThreadExecutor();
    PlanWizard wizard;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        if (wizard != null) {
            Platform.runLater(() -> wizard.stage().hide());
        }
    }

    private void open(FxRobot robot, Plan plan) {
        robot.interact(() -> {
            wizard = PlanWizard.create(null, dev, plan, null, TestPlans.services(dir, background, Platform::runLater));
            wizard.stage().show();
        });
    }

    @Test
    void a_failing_step_shows_the_undo_and_the_report(FxRobot robot) throws Exception {
        open(robot, new Plan("p1", "backup", dev.id(), "Back up shop", List.of(plans.stop("db"), plans.stop("search"),
                plans.failing("checksum mismatch"))));
        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText()).isEqualTo("Back up shop");
        assertThat(robot.lookup("#planSteps").queryAs(TableView.class).getItems()).hasSize(3);

        robot.clickOn("#planRun");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.viewModel().state() == PlanWizardState.ENDED);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> undo = robot.lookup("#planUndo").queryAs(ListView.class);
        assertThat(undo.getItems()).containsExactly("Undoing 2. Stop container search…", "Undone: Stop container search",
                "Undoing 1. Stop container db…", "Undone: Stop container db");
        assertThat(robot.lookup("#planReport").queryAs(Label.class).getText()).contains("failed: checksum mismatch");
        assertThat(robot.lookup("#planRun").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#planClose").query().isDisabled()).isFalse();
        assertThat(plans.trace).containsExactly("stop db", "stop search", "start search", "start db");
        Pictures.save(wizard.stage().getScene(), "plan-wizard-undone");
    }

    @Test
    void cancel_mid_step_undoes_and_says_so(FxRobot robot) throws Exception {
        open(robot, new Plan("p2", "backup", dev.id(), "Back up shop", List.of(plans.stop("db"), plans.waitsForCancel())));
        robot.clickOn("#planRun");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.viewModel().overallProperty().get() > 0.5);
        assertThat(robot.lookup("#planClose").query().isDisabled()).as("no closing while it runs").isTrue();

        robot.clickOn("#planCancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.viewModel().state() == PlanWizardState.ENDED);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(wizard.viewModel().resultProperty().get().outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
        assertThat(robot.lookup("#planProgressText").queryAs(Label.class).getText()).isEqualTo("Cancelled; everything was undone.");
        assertThat(robot.lookup("#planUndo").queryAs(ListView.class).getItems()).contains("Undone: Stop container db");
        assertThat(plans.trace).containsExactly("stop db", "start db");
    }
}
