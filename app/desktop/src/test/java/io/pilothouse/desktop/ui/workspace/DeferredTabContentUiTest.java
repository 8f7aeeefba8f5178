package io.pilothouse.desktop.ui.workspace;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
class DeferredTabContentUiTest {

    private Tab overview;
    private Tab topology;
    private TabPane tabs;
    private final AtomicInteger contentChanges = new AtomicInteger();

    @Start
    void start(Stage stage) {
        overview = new Tab("Overview", new Label("overview"));
        topology = new Tab("Topology");
        tabs = new TabPane(overview, topology);
        topology.contentProperty().addListener((o, was, now) -> contentChanges.incrementAndGet());
        stage.setScene(new Scene(tabs, 400, 200));
        stage.show();
    }

    @Test
    void aHiddenTabGetsItsContentWhenFirstSelectedAndOnlyOnce(FxRobot robot) {
        Label pane = new Label("the topology");
        robot.interact(() -> DeferredTabContent.set(topology, pane));
        assertThat(topology.getContent()).as("not built into the hidden tab").isNull();
        assertThat(pane.getScene()).isNull();
        assertThat(pane.getSkin()).as("not styled nor skinned").isNull();
        assertThat(DeferredTabContent.of(topology)).isSameAs(pane);

        robot.clickOn("Topology");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology.getContent()).isSameAs(pane);
        assertThat(pane.getScene()).isNotNull();
        assertThat(pane.getSkin()).isNotNull();
        int changes = contentChanges.get();

        robot.clickOn("Overview");
        robot.clickOn("Topology");
        robot.interact(() -> DeferredTabContent.set(topology, pane));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology.getContent()).isSameAs(pane);
        assertThat(contentChanges).as("set once, kept over later selections").hasValue(changes);
    }

    @Test
    void aShownTabTakesNewContentAtOnceAndAHiddenOneOnlyTheLatest(FxRobot robot) {
        Label first = new Label("first");
        Label second = new Label("second");
        Label third = new Label("third");
        robot.interact(() -> tabs.getSelectionModel().select(topology));
        robot.interact(() -> DeferredTabContent.set(topology, first));
        assertThat(topology.getContent()).isSameAs(first);

        robot.interact(() -> {
            tabs.getSelectionModel().select(overview);
            DeferredTabContent.set(topology, second);
            DeferredTabContent.set(topology, third);
        });
        assertThat(topology.getContent()).as("the hidden tab lets its old content go").isNull();
        assertThat(first.getParent()).isNull();
        assertThat(DeferredTabContent.of(topology)).isSameAs(third);

        robot.interact(() -> tabs.getSelectionModel().select(topology));
        assertThat(topology.getContent()).isSameAs(third);
        assertThat(second.getScene()).as("content replaced while hidden is never built").isNull();
    }
}
