package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.MaintenanceHold;
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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A container under maintenance carries a lock badge on its node, with who and since when in its tooltip. */
@ExtendWith(ApplicationExtension.class)
class TopologyMaintenanceUiTest {

    static final MaintenanceHold HOLD = new MaintenanceHold("exec-9", "maint-9", "carol@ops",
            Optional.of(Instant.parse("2026-11-22T06:59:00Z")), List.of("/app/data/main.pid", "/app/data/worker.pid"),
            Duration.ofSeconds(30));

    final HandFedInventory feed = new HandFedInventory(Shop.shop());
    TopologyPane pane;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        pane = TopologyPane.create(feed, Runnable::run, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1000, 640);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    static List<ContainerInfo> withDbHeld(boolean held) {
        return Shop.shopContainers(ContainerState.RUNNING).stream()
                .map(c -> c.id().equals("c-db") && held ? c.withHolds(List.of(HOLD)) : c).toList();
    }

    boolean badgeShown(String containerId) {
        NodeShape shape = (NodeShape) pane.canvas().shapeOf("container:" + containerId);
        return shape.showsMaintenance() && shape.lookup("#maintenance-badge").isVisible();
    }

    @Test
    void theBadgeFollowsTheHoldAndTheTooltipSaysWhoAndSince(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.canvas().shapeCount() > 0);
        assertThat(badgeShown("c-db")).isFalse();

        robot.interact(() -> feed.publish(Shop.snapshot(withDbHeld(true))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badgeShown("c-db"));
        assertThat(badgeShown("c-proxy")).as("only the held container").isFalse();
        NodeShape db = (NodeShape) pane.canvas().shapeOf("container:c-db");
        assertThat(db.node().tooltip()).contains(HOLD.sentence(ZoneId.systemDefault()));
        assertThat(db.node().maintenance()).contains("carol@ops").contains("/app/data/worker.pid");
        robot.moveTo(db);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> db.tooltip() != null);
        assertThat(db.tooltip().getText()).contains("Under maintenance by carol@ops since 2026-11-22");

        robot.interact(() -> feed.publish(Shop.snapshot(withDbHeld(false))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !badgeShown("c-db"));
        assertThat(db.tooltip().getText()).doesNotContain("Under maintenance");
    }
}
