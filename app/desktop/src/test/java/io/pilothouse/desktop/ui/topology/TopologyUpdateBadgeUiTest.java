package io.pilothouse.desktop.ui.topology;

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

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A container with a newer image gets a badge on its node; the change draws that node anew and nothing else. */
@ExtendWith(ApplicationExtension.class)
class TopologyUpdateBadgeUiTest {

    static final String NEWER = "A newer image is in the registry for 127.0.0.1:25000/shop/db:1";

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

    NodeShape shape(String containerId) {
        return (NodeShape) pane.canvas().shapeOf("container:" + containerId);
    }

    @Test
    void theBadgeComesAndGoesWithTheMarkAndOnlyThatNodeChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.canvas().shapeCount() > 0 && shape("c-db") != null);
        TopologyPicture before = pane.viewModel().pictureProperty().get();
        Map<String, GraphNode> nodesBefore = new HashMap<>();
        before.graph().nodes().forEach(n -> nodesBefore.put(n.id(), n));
        NodeShape db = shape("c-db");
        assertThat(db.showsUpdate()).isFalse();

        robot.interact(() -> pane.viewModel().updatesProperty().set(Map.of("c-db", NEWER)));

        assertThat(shape("c-db")).as("the same shape, updated in place").isSameAs(db);
        assertThat(db.showsUpdate()).isTrue();
        assertThat(db.lookup("#update-badge").isVisible()).isTrue();
        assertThat(db.node().update()).isEqualTo(NEWER);
        TopologyPicture after = pane.viewModel().pictureProperty().get();
        assertThat(after.layout()).as("no new layout").isSameAs(before.layout());
        for (GraphNode n : after.graph().nodes()) {
            if (!n.id().equals("container:c-db")) {
                assertThat(n).as(n.id() + " untouched").isSameAs(nodesBefore.get(n.id()));
                assertThat(((NodeShape) pane.canvas().shapeOf(n.id())).showsUpdate()).isFalse();
            }
        }
        robot.moveTo(db);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> db.tooltip() != null);
        assertThat(db.tooltip().getText()).endsWith(NEWER);

        robot.interact(() -> pane.viewModel().updatesProperty().set(Map.of("c-db", NEWER)));
        assertThat(pane.viewModel().pictureProperty().get()).as("the same marks again: nothing to draw").isSameAs(after);

        robot.interact(() -> pane.viewModel().updatesProperty().set(Map.of()));
        assertThat(db.showsUpdate()).isFalse();
        assertThat(db.tooltip().getText()).doesNotContain(NEWER);
    }

    @Test
    void aNewInventoryPictureKeepsTheBadge(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.canvas().shapeCount() > 0 && shape("c-app1") != null);
        robot.interact(() -> pane.viewModel().updatesProperty().set(Map.of("c-app1", NEWER)));
        robot.interact(() -> feed.publish(Shop.snapshot(Shop.shopContainers(io.pilothouse.core.model.ContainerState.EXITED))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shape("c-app1").node().state() != NodeState.RUNNING);
        assertThat(shape("c-app1").showsUpdate()).isTrue();
        assertThat(shape("c-app1").node().update()).isEqualTo(NEWER);
    }
}
