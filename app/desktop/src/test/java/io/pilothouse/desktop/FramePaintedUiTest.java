package io.pilothouse.desktop;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class FramePaintedUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("window"), 200, 100));
        stage.show();
    }

    @Test
    void theWorkRunsOnceOnTheFxThreadAfterLaterPulsesNotAtOnce(FxRobot robot) {
        List<String> events = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            FramePainted.then(() -> events.add(Platform.isFxApplicationThread() ? "work on the FX thread" : "work elsewhere"));
            events.add("scheduled");
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 2);
        robot.sleep(300);
        assertThat(events).containsExactly("scheduled", "work on the FX thread");
    }
}
