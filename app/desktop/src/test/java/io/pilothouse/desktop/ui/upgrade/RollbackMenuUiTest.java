package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.ToolMenuItems;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A container's context menu offers "Roll back to previous image…" only when the journal holds its upgrade. */
@ExtendWith(ApplicationExtension.class)
class RollbackMenuUiTest {

    private final RecordingUpgradePort port = new RecordingUpgradePort();
    private final AtomicReference<Target> selected = new AtomicReference<>();
    private ContextMenu menu;
    private Label node;

    @Start
    void start(Stage stage) {
        RollbackOffer offer = new RollbackOffer(port, () -> Set.of("web"), Runnable::run, Runnable::run, why -> { });
        node = new Label("containers");
        menu = new ContextMenu(new MenuItem("Details"));
        ToolMenuItems.append(menu, List.of(UpgradeTools.rollbackTool(offer)), () -> List.of(selected.get()));
        stage.setScene(new Scene(new StackPane(node), 400, 300));
        stage.show();
    }

    private MenuItem rollbackItem() {
        return menu.getItems().stream().filter(i -> "tool-rollback".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void offeredForAnUpgradedContainerAndOpensItsRollbackPlan(FxRobot robot) {
        selected.set(new Target("id-db", "db", TargetKind.CONTAINER));
        robot.interact(() -> menu.show(node, 50, 50));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rollbackItem().getText()).isEqualTo("Roll back to previous image…");
        assertThat(rollbackItem().isDisable()).as("the journal has no upgrade of db").isTrue();
        robot.interact(menu::hide);

        selected.set(new Target("id-web", "web", TargetKind.CONTAINER));
        robot.interact(() -> menu.show(node, 50, 50));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rollbackItem().isDisable()).isFalse();
        robot.clickOn("Roll back to previous image…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(port.rolledBack).containsExactly("web");
        assertThat(port.opened).extracting(d -> d.plan().title()).containsExactly("Upgrade web to its previous image");
    }

    @Test
    void notOfferedOnAService(FxRobot robot) {
        selected.set(new Target("id-svc", "web", TargetKind.SERVICE));
        robot.interact(() -> menu.show(node, 50, 50));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rollbackItem().isDisable()).isTrue();
    }
}
