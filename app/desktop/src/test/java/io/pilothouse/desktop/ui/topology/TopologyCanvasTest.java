package io.pilothouse.desktop.ui.topology;

import javafx.scene.Scene;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** How the canvas takes a new picture: in place, and a large first picture over several frames. */
@ExtendWith(ApplicationExtension.class)
class TopologyCanvasTest {

    static final int CONTAINERS = 300;
    TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new TopologyCanvas();
        stage.setScene(new Scene(canvas, 900, 600));
        stage.show();
    }

    /** CONTAINERS containers on one network, each in a row; {@code exited} shows one container exited. */
    static TopologyPicture picture(String exited, double networkY) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        Map<String, Box> boxes = new HashMap<>();
        Map<String, List<Point>> routes = new HashMap<>();
        nodes.add(new GraphNode("network:n", NodeKind.NETWORK, "n", Optional.empty(), "front", "bridge network",
                NodeState.RESOURCE, List.of()));
        boxes.put("network:n", new Box(400, networkY, 150, 40));
        for (int i = 0; i < CONTAINERS; i++) {
            String id = "container:c" + i;
            NodeState state = id.equals(exited) ? NodeState.EXITED : NodeState.RUNNING;
            nodes.add(new GraphNode(id, NodeKind.CONTAINER, "c" + i, Optional.empty(), "c" + i, "busybox", state, List.of()));
            boxes.put(id, new Box(0, i * 50, 170, 40));
            GraphEdge e = new GraphEdge(id, "network:n", EdgeKind.ATTACHED);
            edges.add(e);
            routes.put(e.id(), List.of(new Point(170, i * 50 + 20), new Point(400, networkY + 20)));
        }
        TopologyLayout layout = new TopologyLayout(boxes, Map.of(), routes, new Box(0, 0, 550, CONTAINERS * 50));
        return new TopologyPicture(new TopologyGraph(List.of(), nodes, edges), layout);
    }

    <T> T onFx(Callable<T> what) throws Exception {
        return WaitForAsyncUtils.asyncFx(what).get(5, TimeUnit.SECONDS);
    }

    void showAll(TopologyPicture p) throws Exception {
        onFx(() -> {
            canvas.show(p);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !canvas.isMaking());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Paint fill(javafx.scene.Node shape) {
        return ((Rectangle) ((javafx.scene.Group) shape).getChildren().get(0)).getFill();
    }

    @Test
    void aLargeFirstPictureIsMadeOverSeveralFramesAndThenComplete(FxRobot robot) throws Exception {
        TopologyPicture p = picture("", 600);
        int madeInTheFirstGo = onFx(() -> {
            canvas.show(p);
            return canvas.shapeCount();
        });
        assertThat(madeInTheFirstGo).as("shapes made before the next frame").isLessThan(CONTAINERS + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !canvas.isMaking());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.shapeCount()).isEqualTo(CONTAINERS + 1);
        assertThat(onFx(() -> canvas.lineOf("container:c7->network:n"))).isNotNull();
    }

    @Test
    void aStateChangeUpdatesThatShapeOnlyAndAtOnce(FxRobot robot) throws Exception {
        showAll(picture("", 600));
        javafx.scene.Node c5 = canvas.shapeOf("container:c5");
        Paint c6Fill = fill(canvas.shapeOf("container:c6"));
        Polyline line = onFx(() -> canvas.lineOf("container:c5->network:n"));
        TopologyPicture before = picture("", 600);
        TopologyPicture stopped = new TopologyPicture(picture("container:c5", 600).graph(), before.layout());
        onFx(() -> {
            canvas.show(before);
            return null;
        });
        boolean exitedAtOnce = onFx(() -> {
            canvas.show(stopped);
            return ((NodeShape) canvas.shapeOf("container:c5")).node().state() == NodeState.EXITED;
        });
        assertThat(exitedAtOnce).as("the state shows without waiting for a frame").isTrue();
        assertThat(canvas.shapeOf("container:c5")).isSameAs(c5);
        assertThat(fill(canvas.shapeOf("container:c6"))).as("an unchanged node is not repainted").isSameAs(c6Fill);
        assertThat(onFx(() -> canvas.lineOf("container:c5->network:n"))).isSameAs(line);
    }

    @Test
    void aNewLayoutMovesWhatMovedAndKeepsEveryShapeAndLine(FxRobot robot) throws Exception {
        showAll(picture("", 600));
        javafx.scene.Node network = canvas.shapeOf("network:n");
        Polyline line = onFx(() -> canvas.lineOf("container:c9->network:n"));
        onFx(() -> {
            canvas.show(picture("", 900));
            return null;
        });
        assertThat(onFx(canvas::isMaking)).as("nothing new to make").isFalse();
        assertThat(canvas.shapeOf("network:n")).isSameAs(network);
        assertThat(network.getBoundsInParent().getMinY()).isCloseTo(900, org.assertj.core.data.Offset.offset(3.0));
        assertThat(onFx(() -> canvas.lineOf("container:c9->network:n"))).isSameAs(line);
        assertThat(line.getPoints()).containsExactly(170.0, 9 * 50 + 20.0, 400.0, 920.0);
    }
}
