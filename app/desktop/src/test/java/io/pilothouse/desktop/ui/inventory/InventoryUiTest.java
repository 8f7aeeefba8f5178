package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class InventoryUiTest {

    static final HostProfile PROD = HostProfile.create("prod-1", new UnixSocketTransport("/var/run/docker.sock"), Environment.PRODUCTION);

    final List<String> calls = new CopyOnWriteArrayList<>();
    final ExecutorService io = Executors.newSingleThreadExecutor();
    volatile Consumer<InventoryRows> feedListener;
    InventoryPane pane;

    static ContainerRow row(String id, String name, String stack, String image, String state) {
        return new ContainerRow(id, name, image, stack, state, state.equals("running") ? "healthy" : "",
                List.of(), 0, state.equals("exited") ? 137 : null, Instant.now().minusSeconds(4000));
    }

    static InventoryRows picture(ContainerRow... containers) {
        return new InventoryRows(List.of(containers), List.of(),
                List.of(new VolumeRow("dbdata", "shop_dbdata", "named", "shop", "stateful", "default: persistent data", List.of("shop-db-1"))),
                List.of(), List.of());
    }

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        RowFeed feed = (listener, notices) -> {
            feedListener = listener;
            listener.accept(picture(row("1", "shop-web-1", "shop", "nginx:1.25", "running"),
                    row("2", "shop-db-1", "shop", "postgres:16", "running"),
                    row("3", "grafana", "", "grafana/grafana:10", "exited"),
                    row("4", "prometheus", "monitoring", "prom/prometheus:2", "running")));
            return () -> { };
        };
        ContainerActionPort port = (action, targets, typed) -> {
            calls.add(action + " " + targets.stream().map(ContainerTarget::name).toList());
            return new ActionOutcome(action, targets.stream().map(ContainerTarget::name).toList(), Map.of());
        };
        VolumeClassSaver none = new VolumeClassSaver() {
            @Override public boolean available() { return false; }
            @Override public void classify(String volumeName, Choice choice) { }
        };
        pane = InventoryPane.create(PROD, feed, port, none, ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1100, 500);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    TableView<RowEntry<ContainerRow>> table(FxRobot robot) {
        return robot.lookup("#containersTable").queryAs(TableView.class);
    }

    List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(e -> e.row().name()).toList();
    }

    String tab(FxRobot robot, String id) {
        TabPane tabs = pane.view().tabs();
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).map(Tab::getText).findFirst().orElseThrow();
    }

    @Test
    void theFilterNarrowsRowsAndTheTabCounts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("prometheus", "shop-db-1", "shop-web-1", "grafana");
        assertThat(tab(robot, "containersTab")).isEqualTo("Containers (4)");
        assertThat(tab(robot, "volumesTab")).isEqualTo("Volumes (1)");
        Pictures.save(table(robot).getScene(), "inventory-table");

        robot.clickOn("#inventoryFilter").write("shop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("shop-db-1", "shop-web-1");
        assertThat(tab(robot, "containersTab")).isEqualTo("Containers (2 of 4)");
        assertThat(tab(robot, "volumesTab")).isEqualTo("Volumes (1 of 1)");

        robot.write(" postgres");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("shop-db-1");
    }

    @Test
    void countsFollowTheFeedAndTheSelectionStays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(rowOf(robot, "shop-web-1"));
        assertThat(pane.selectionProperty().get().name()).isEqualTo("shop-web-1");
        feedListener.accept(picture(row("1", "shop-web-1", "shop", "nginx:1.25", "exited"),
                row("2", "shop-db-1", "shop", "postgres:16", "running"),
                row("5", "shop-cache-1", "shop", "redis:7", "running")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab(robot, "containersTab")).isEqualTo("Containers (3)");
        assertThat(table(robot).getSelectionModel().getSelectedItem().row().name()).isEqualTo("shop-web-1");
        assertThat(((ContainerRow) pane.selectionProperty().get()).state()).isEqualTo("exited");
    }

    javafx.scene.Node header(FxRobot robot, String title) {
        return robot.lookup("#containersTable .column-header").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null
                        && title.equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no header " + title));
    }

    /** The containers table's row showing {@code name} (a text lookup could hit another tab's cell). */
    javafx.scene.Node rowOf(FxRobot robot, String name) {
        return robot.lookup("#containersTable .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof RowEntry<?> e
                        && e.row().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    @Test
    void aClickOnAHeaderSortsByThatColumn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(header(robot, "Image"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).as("by image").containsExactly("grafana", "shop-web-1", "shop-db-1", "prometheus");
        robot.clickOn(header(robot, "Image"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).as("by image, descending").containsExactly("prometheus", "shop-db-1", "shop-web-1", "grafana");
    }

    @Test
    void aWrongNameInTheGuardDoesNothingAndTheRightOneRunsTheAction(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(rowOf(robot, "shop-web-1"));
        robot.press(KeyCode.CONTROL).clickOn(rowOf(robot, "shop-db-1")).release(KeyCode.CONTROL);
        assertThat(pane.viewModel().selectedContainers()).hasSize(2);

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guardNameField").tryQuery().isPresent());
        robot.clickOn("#guardNameField").write("prod-2");
        assertThat(robot.lookup("#guardConfirmButton").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guardNameField").tryQuery()).isEmpty();
        assertThat(calls).isEmpty();

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guardNameField").tryQuery().isPresent());
        robot.clickOn("#guardNameField").write("prod-1");
        Pictures.save(robot.lookup("#guardNameField").query().getScene(), "inventory-guard");
        robot.clickOn("#guardConfirmButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.viewModel().actions().reportProperty().get() != null);
        assertThat(calls).containsExactly("STOP [shop-db-1, shop-web-1]");
        assertThat(pane.viewModel().actions().reportProperty().get().title()).isEqualTo("Stopped 2 containers");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(robot.lookup(".notification-bar .title").queryAll()).extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("Stopped 2 containers");
        Pictures.save(table(robot).getScene(), "inventory-notified");
    }

    @Test
    void theHostsToolsActOnTheSelectedContainersAndOnTheirStack(FxRobot robot) {
        List<String> opened = new CopyOnWriteArrayList<>();
        var logs = new TargetTool("logs", "Logs", "fth-file-text",
                java.util.Set.of(TargetKind.CONTAINER,
                        TargetKind.STACK), true,
                targets -> opened.add("logs " + targets.stream().map(t -> t.kind() + ":" + t.name()).toList()));
        var shell = new TargetTool("shell", "Shell", "fth-terminal",
                java.util.Set.of(TargetKind.CONTAINER), false,
                targets -> opened.add("shell " + targets.get(0).name()));
        robot.interact(() -> pane.setTools(List.of(logs, shell)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(rowOf(robot, "shop-web-1"));
        robot.press(KeyCode.CONTROL).clickOn(rowOf(robot, "shop-db-1")).release(KeyCode.CONTROL);
        javafx.scene.control.ContextMenu menu = table(robot).getContextMenu();
        // headless Monocle sends no context-menu request on a right click: open it as that would
        robot.interact(() -> menu.show(table(robot), javafx.geometry.Side.BOTTOM, 0, 0));
        javafx.scene.control.MenuItem shellItem = menu.getItems().stream().filter(m -> "tool-shell".equals(m.getId())).findFirst().orElseThrow();
        assertThat(shellItem.isDisable()).as("a shell takes one container; selected " + pane.viewModel().selectedContainers().size()).isTrue();
        robot.clickOn("Logs");
        robot.interact(() -> menu.show(table(robot), javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn("Logs of the whole stack");

        assertThat(opened).containsExactly("logs [CONTAINER:shop-db-1, CONTAINER:shop-web-1]", "logs [STACK:shop]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theVolumesTableOffersTheVolumeToolsOnTheSelectedVolume(FxRobot robot) {
        List<String> opened = new CopyOnWriteArrayList<>();
        var backup = new TargetTool("backup", "Back up…", "fth-archive",
                java.util.Set.of(TargetKind.VOLUME, TargetKind.CONTAINER), false,
                targets -> opened.add("backup " + targets.get(0).kind() + ":" + targets.get(0).name()));
        var logs = new TargetTool("logs", "Logs", "fth-file-text", java.util.Set.of(TargetKind.CONTAINER), true,
                targets -> opened.add("logs"));
        robot.interact(() -> pane.setTools(List.of(logs, backup)));
        robot.interact(() -> pane.view().tabs().getSelectionModel().select(
                pane.view().tabs().getTabs().stream().filter(t -> "volumesTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> volumes = robot.lookup("#volumesTable").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.ContextMenu menu = volumes.getContextMenu();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .contains("tool-backup").doesNotContain("tool-logs");
        robot.interact(() -> menu.show(volumes, javafx.geometry.Side.BOTTOM, 0, 0));
        javafx.scene.control.MenuItem item = menu.getItems().stream().filter(m -> "tool-backup".equals(m.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).as("nothing selected yet").isTrue();
        robot.interact(menu::hide);
        robot.interact(() -> volumes.getSelectionModel().select(0));
        robot.interact(() -> menu.show(volumes, javafx.geometry.Side.BOTTOM, 0, 0));
        assertThat(item.isDisable()).isFalse();
        robot.clickOn("Back up…");
        assertThat(opened).containsExactly("backup VOLUME:shop_dbdata");
    }
}
