package io.pilothouse.desktop.ui.details;

import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.inventory.ContainerRow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DetailsUiTest {

    final DetailsViewModelTest.ScriptedSource source = new DetailsViewModelTest.ScriptedSource();
    DetailsPane pane;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        source.inspection = DetailsViewModelTest.web("exited");
        pane = DetailsPane.create(source, Runnable::run, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1000, 600);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    String shown(FxRobot robot, String key) {
        TableView<ConfigLine> table = robot.lookup("#configTable").queryAs(TableView.class);
        return table.getItems().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void secretsStayMaskedUntilTheRevealToggle(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(new ContainerRow("abc", "web", "nginx:1.25", "shop", "exited", "", List.of(), 0, 0, Instant.now())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !pane.viewModel().lines().isEmpty());
        assertThat(shown(robot, "DB_PASSWORD")).isEqualTo(SecretMask.MASK);
        assertThat(robot.lookup("#detailsTitle").queryLabeled().getText()).isEqualTo("Container web");
        assertThat(robot.lookup("#statsCharts").tryQuery()).as("no charts for a stopped container").isEmpty();
        Pictures.save(robot.lookup("#configTable").query().getScene(), "details-masked");

        robot.clickOn("#revealToggle");
        assertThat(shown(robot, "DB_PASSWORD")).isEqualTo("hunter2");
        assertThat(robot.lookup("#revealToggle").queryLabeled().getText()).isEqualTo("Hide secrets");
        robot.clickOn("#revealToggle");
        assertThat(shown(robot, "DB_PASSWORD")).isEqualTo(SecretMask.MASK);

        robot.clickOn("Inspect JSON");
        assertThat(robot.lookup("#inspectJson").queryAs(TextArea.class).getText()).contains("\"Id\"");
        assertThat(robot.lookup("#inspectJson").queryAs(TextArea.class).isEditable()).isFalse();
    }
}
