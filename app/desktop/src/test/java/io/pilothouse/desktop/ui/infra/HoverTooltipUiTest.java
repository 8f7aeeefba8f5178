package io.pilothouse.desktop.ui.infra;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HoverTooltipUiTest {

    private final Button add = new Button("Add");
    private final Button plain = new Button("Plain");
    private final Label away = new Label("away");
    private final AtomicInteger made = new AtomicInteger();

    @Start
    void start(Stage stage) {
        add.setAccessibleHelp("Add a host (Ctrl+N)");
        VBox root = new VBox(40, add, plain, away);
        stage.setScene(new Scene(root, 300, 240));
        stage.show();
    }

    @Test
    void theHelpBecomesTheTooltipWhenThePointerFirstEntersNotBefore(FxRobot robot) {
        robot.interact(() -> {
            HoverTooltip.ofHelp(add);
            HoverTooltip.ofHelp(plain);
        });
        assertThat(add.getTooltip()).as("nothing made with the window").isNull();

        robot.moveTo(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.getTooltip()).isNotNull();
        assertThat(add.getTooltip().getText()).isEqualTo("Add a host (Ctrl+N)");

        robot.moveTo(plain);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plain.getTooltip()).as("a control without help gets no tooltip").isNull();
    }

    @Test
    void theTooltipIsMadeOnceAndKeptOverLaterVisits(FxRobot robot) {
        robot.interact(() -> HoverTooltip.onFirstHover(add, () -> {
            made.incrementAndGet();
            return new Tooltip("made on hover");
        }));
        assertThat(made).hasValue(0);

        robot.moveTo(add);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip first = add.getTooltip();
        robot.moveTo(away);
        robot.moveTo(add);
        robot.moveTo(away);
        robot.moveTo(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).hasValue(1);
        assertThat(add.getTooltip()).isSameAs(first);
        assertThat(first.getText()).isEqualTo("made on hover");
    }
}
