package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class LogViewUiTest {

    final ScriptedLogPort port = new ScriptedLogPort();
    LogPane pane;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        pane = LogPane.create(List.of(LogSource.container("a", "web"), LogSource.container("b", "db")), port,
                LogBuffer.DEFAULT_CAPACITY, Runnable::run, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1100, 500);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
        pane.start();
        for (int i = 0; i < 2000; i++) {
            port.emit(i % 2, i % 7 == 0 ? LogStream.STDERR : LogStream.STDOUT, 1_700_000_000_000_000_000L + i * 1_000_000L,
                    i % 500 == 250 ? "\u001b[31mERROR\u001b[0m request " + i + " failed" : "request " + i + " ok");
        }
    }

    LogCanvas list(FxRobot robot) {
        return robot.lookup("#logLines").queryAs(LogCanvas.class);
    }

    @Test
    void searchMovesToEachMatchAndFilterKeepsOnlyMatchingLines(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).rows().size() == 2000);
        robot.clickOn("#logSearch").write("error");
        robot.clickOn("#logNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).selectedLine().text()).contains("request 250 failed");
        robot.clickOn("#logNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).selectedLine().text()).contains("request 750 failed");
        robot.clickOn("#logPrevious");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).selectedLine().text()).contains("request 250 failed");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).drawnRuns().stream()
                .anyMatch(r -> r.match() && r.text().equals("ERROR")));
        assertThat(list(robot).drawnRuns()).as("the match is drawn highlighted, in the line's ANSI red")
                .anyMatch(r -> r.match() && r.foreground() >= 0)
                .anyMatch(r -> r.kind() == RunKind.TAG && r.text().equals("db  "))
                .anyMatch(r -> r.kind() == RunKind.STDERR_MARK);

        robot.clickOn("#logFilter");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).rows().size() == 4);
        assertThat(list(robot).rows()).extracting(LogLine::text).allMatch(t -> t.contains("ERROR"));
        assertThat(robot.lookup("#logStatus").queryLabeled().getText()).isEqualTo("2,000 lines · 4 matching · 2 sources merged by time");

        robot.interact(() -> port.emit(0, LogStream.STDOUT, 1_800_000_000_000_000_000L, "late ERROR line", "late fine line"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).rows().size() == 5);

        robot.clickOn("#logFilter");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).rows().size() == 2002);
    }

    @Test
    void aBadExpressionIsShownNextToTheSearch(FxRobot robot) {
        robot.clickOn("#logRegex");
        robot.clickOn("#logSearch").write("(oops");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#logProblem").queryLabeled().getText()).startsWith("Not a valid regular expression");
    }
}
