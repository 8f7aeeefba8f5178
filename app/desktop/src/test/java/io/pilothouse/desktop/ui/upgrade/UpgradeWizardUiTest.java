package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class UpgradeWizardUiTest {

    private final List<UpgradeDraft> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        UpgradePort port = new UpgradePort() {
            @Override
            public UpgradeDraft draft(UpgradeChoice choice) {
                Step step = new Step() {
                    @Override public String description() { return "Start green beside " + choice.target() + " (" + choice.strategy() + ")"; }
                    @Override public void run(StepContext ctx) { }
                };
                return new UpgradeDraft(new Plan("p", "upgrade", "h", "Upgrade " + choice.target(), List.of(step)),
                        List.of("image: busybox:1 -> " + choice.image()));
            }

            @Override
            public void openPlan(UpgradeDraft draft) {
                opened.add(draft);
            }
        };
        UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, "web", TargetKind.CONTAINER, Runnable::run, Runnable::run);
        stage.setScene(new Scene(UpgradeTools.open(vm, "Upgrade web on dev-1"), 900, 600));
        stage.show();
    }

    @Test
    void previewFillsTheStepsAndTheDifferenceThenContinueOpensThePlanWizard(FxRobot robot) {
        Button proceed = robot.lookup("#upgrade-continue").queryButton();
        assertThat(proceed.isDisabled()).isTrue();
        robot.interact(() -> ((javafx.scene.control.ChoiceBox<String>) robot.lookup("#upgrade-strategy").query()).setValue("blue-green"));
        robot.clickOn("#upgrade-image").write(":2");
        robot.clickOn("#upgrade-preview");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> steps = robot.lookup("#upgrade-steps").queryListView();
        ListView<String> diff = robot.lookup("#upgrade-difference").queryListView();
        assertThat(steps.getItems()).containsExactly("Start green beside web (blue-green)");
        assertThat(diff.getItems()).containsExactly("image: busybox:1 -> :2");
        assertThat(proceed.isDisabled()).isFalse();
        robot.clickOn("#upgrade-continue");
        assertThat(opened).hasSize(1);
    }
}
