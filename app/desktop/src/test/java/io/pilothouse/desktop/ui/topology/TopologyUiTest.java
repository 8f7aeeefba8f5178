package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerState;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

@ExtendWith(ApplicationExtension.class)
class TopologyUiTest {

    final HandFedInventory feed = new HandFedInventory(Shop.shop());
    final List<String> opened = new CopyOnWriteArrayList<>();
    TopologyPane pane;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
        pane = TopologyPane.create(feed, Runnable::run, Platform::runLater);
        pane.onOpenDetails(opened::add);
        Scene scene = new Scene(pane.node(), 1000, 640);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    TopologyCanvas canvas() {
        return pane.canvas();
    }

    /** The graph point under a point of the canvas. */
    Point2D graphAt(double x, double y) {
        return new Point2D((x - canvas().offset().getX()) / canvas().scale(), (y - canvas().offset().getY()) / canvas().scale());
    }

    Point2D emptyCorner() {
        Bounds b = canvas().localToScreen(canvas().getLayoutBounds());
        return new Point2D(b.getMinX() + 6, b.getMinY() + 6);
    }

    void waitForGraph() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvas().shapeCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShopIsDrawnFittedWithItsLegend(FxRobot robot) throws Exception {
        waitForGraph();
        assertThat(canvas().shapeCount()).isEqualTo(8);
        Node proxy = canvas().shapeOf("container:c-proxy");
        Bounds inCanvas = canvas().sceneToLocal(proxy.localToScene(proxy.getLayoutBounds()));
        assertThat(inCanvas.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(inCanvas.getMaxX()).isLessThanOrEqualTo(canvas().getWidth());
        assertThat(robot.lookup(".legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("running", "unhealthy", "restarting", "exited", "paused", "created", "network", "volume", "published port");
        assertThat(robot.lookup(".topology-status").queryAs(Label.class).getText()).isEqualTo("4 containers (3 running), 1 stacks");
        Pictures.save(stage.getScene(), "topology-uitest");
    }

    @Test
    void scrollingZoomsAroundThePointerAndKeysZoomAndFit(FxRobot robot) throws Exception {
        waitForGraph();
        Bounds b = canvas().localToScreen(canvas().getLayoutBounds());
        double localX = 300;
        double localY = 200;
        Point2D before = graphAt(localX, localY);
        double scale = canvas().scale();
        robot.moveTo(new Point2D(b.getMinX() + localX, b.getMinY() + localY));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().scale()).as("zoomed").isNotCloseTo(scale, offset(0.01));
        Point2D after = graphAt(localX, localY);
        assertThat(after.distance(before)).as("the point under the pointer stays").isLessThan(1.0);

        robot.clickOn(emptyCorner());
        double s0 = canvas().scale();
        robot.type(KeyCode.ADD);
        assertThat(canvas().scale()).isCloseTo(Math.min(TopologyCanvas.MAX_SCALE, s0 * 1.25), offset(0.001));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        assertThat(canvas().scale()).isCloseTo(s0 * 1.25 * 0.8 * 0.8, offset(0.001));
        robot.type(KeyCode.DIGIT0);
        assertThat(canvas().scale()).isCloseTo(scale, offset(0.001));
        robot.clickOn("#zoomInButton");
        assertThat(canvas().scale()).isCloseTo(scale * 1.25, offset(0.001));
        assertThat(robot.lookup(".topology-zoom").queryAs(Label.class).getText()).isEqualTo(Math.round(scale * 125) + " %");
        robot.clickOn("#fitButton");
        assertThat(canvas().scale()).isCloseTo(scale, offset(0.001));
    }

    @Test
    void draggingTheBackgroundPansWithoutSelecting(FxRobot robot) throws Exception {
        waitForGraph();
        Point2D start = canvas().offset();
        Point2D from = emptyCorner();
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().offset().getX() - start.getX()).isCloseTo(120, offset(2.0));
        assertThat(canvas().offset().getY() - start.getY()).isCloseTo(40, offset(2.0));
        assertThat(pane.selectedProperty().get()).isNull();
    }

    @Test
    void aClickSelectsADoubleClickOpensDetailsAndAClickOnNothingClears(FxRobot robot) throws Exception {
        waitForGraph();
        robot.clickOn(canvas().shapeOf("container:c-db"));
        assertThat(pane.selectedProperty().get().id()).isEqualTo("container:c-db");
        assertThat(robot.lookup(".topology-selection").queryAs(Label.class).getText()).isEqualTo("shop-db-1 — running");
        Rectangle box = (Rectangle) ((javafx.scene.Group) canvas().shapeOf("container:c-db")).getChildren().get(0);
        assertThat(box.getStrokeWidth()).as("the selected node is outlined").isEqualTo(4);
        assertThat(opened).isEmpty();

        robot.doubleClickOn(canvas().shapeOf("container:c-app2"));
        assertThat(opened).containsExactly("c-app2");
        assertThat(pane.selectedProperty().get().id()).isEqualTo("container:c-app2");

        robot.clickOn(emptyCorner());
        assertThat(pane.selectedProperty().get()).isNull();
    }

    @Test
    void hoveringShowsNameImageStateHealthAndPorts(FxRobot robot) throws Exception {
        waitForGraph();
        robot.moveTo(canvas().shapeOf("container:c-proxy"));
        WaitForAsyncUtils.waitForFxEvents();
        NodeShape shape = (NodeShape) canvas().shapeOf("container:c-proxy");
        assertThat(shape.tooltip()).isNotNull();
        assertThat(shape.tooltip().getText()).isEqualTo(String.join("\n", "Container shop-proxy-1", "Image: testenv/busybox:1",
                "State: running (running)", "Health: healthy", "Ports: 0.0.0.0:8080->80/tcp, :::8080->80/tcp"));
    }

    @Test
    void anEventRecoloursTheNodeInPlace(FxRobot robot) throws Exception {
        waitForGraph();
        Node app1 = canvas().shapeOf("container:c-app1");
        Point2D where = new Point2D(app1.getLayoutX(), app1.getLayoutY());
        feed.publish(Shop.snapshot(Shop.shopContainers(ContainerState.PAUSED)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((NodeShape) canvas().shapeOf("container:c-app1")).node().state() == NodeState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().shapeOf("container:c-app1")).as("the same shape").isSameAs(app1);
        assertThat(new Point2D(app1.getLayoutX(), app1.getLayoutY())).isEqualTo(where);
        Rectangle box = (Rectangle) ((javafx.scene.Group) app1).getChildren().get(0);
        assertThat(box.getFill()).isEqualTo(javafx.scene.paint.Color.web(NodeState.PAUSED.colour()));
    }
}
