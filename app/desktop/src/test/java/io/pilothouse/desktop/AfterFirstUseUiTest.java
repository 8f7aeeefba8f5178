package io.pilothouse.desktop;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class AfterFirstUseUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("window"), 200, 100));
        stage.show();
    }

    @Test
    void theWorkWaitsUntilTheListHasItemsThenRunsOnceOnTheFxThread(FxRobot robot) throws Exception {
        ObservableList<String> hosts = FXCollections.observableArrayList();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger onFxThread = new AtomicInteger();
        robot.interact(() -> AfterFirstUse.schedule(hosts, Duration.seconds(30), () -> {
            runs.incrementAndGet();
            if (javafx.application.Platform.isFxApplicationThread()) {
                onFxThread.incrementAndGet();
            }
        }));
        Thread.sleep(300);
        assertThat(runs).as("nothing listed yet").hasValue(0);

        robot.interact(() -> hosts.add("local"));
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        robot.interact(() -> hosts.add("second"));
        Thread.sleep(300);
        assertThat(runs).as("run once").hasValue(1);
        assertThat(onFxThread).hasValue(1);
    }

    @Test
    void aListThatStaysEmptyRunsTheWorkAtTheLatestTime(FxRobot robot) {
        ObservableList<String> hosts = FXCollections.observableArrayList();
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> AfterFirstUse.schedule(hosts, Duration.millis(400), runs::incrementAndGet));
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        robot.interact(() -> hosts.add("late"));
        robot.sleep(300);
        assertThat(runs).as("not run again when hosts come later").hasValue(1);
    }

    @Test
    void anAlreadyListedWindowRunsTheWorkAfterItsNextFrame(FxRobot robot) {
        ObservableList<String> hosts = FXCollections.observableArrayList("local");
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> {
            AfterFirstUse.schedule(hosts, Duration.seconds(30), runs::incrementAndGet);
            assertThat(runs).as("not before a frame was drawn").hasValue(0);
        });
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> runs.get() == 1);
    }
}
