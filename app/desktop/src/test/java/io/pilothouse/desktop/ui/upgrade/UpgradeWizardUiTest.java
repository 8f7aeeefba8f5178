package io.pilothouse.desktop.ui.upgrade;

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

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class UpgradeWizardUiTest {

    private final RecordingUpgradePort port = new RecordingUpgradePort();

    @Start
    void start(Stage stage) {
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
        assertThat(steps.getItems()).containsExactly("Pull :2 (blue-green)");
        assertThat(diff.getItems()).containsExactly("image: a -> :2");
        assertThat(proceed.isDisabled()).isFalse();
        robot.clickOn("#upgrade-continue");
        assertThat(port.opened).hasSize(1);
    }
}
