package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.UpdateState;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.updates.UpdateMark;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The containers and services tables mark newer images, explain them on hover, and offer the upgrade on them. */
@ExtendWith(ApplicationExtension.class)
class InventoryUpdateUiTest {

    static final Instant AT = Instant.parse("2026-11-22T10:42:03Z");
    static final String OLD = "sha256:" + "a".repeat(64);
    static final String NEW = "sha256:" + "b".repeat(64);

    final ExecutorService io = Executors.newSingleThreadExecutor();
    final List<List<Target>> upgraded = new CopyOnWriteArrayList<>();
    InventoryPane pane;

    static UpdateMark mark(String id, String image, UpdateState state, String reason) {
        return UpdateMark.of(new ImageUpdate(id, id, false, image, OLD, state == UpdateState.UPDATE_AVAILABLE ? NEW : null,
                state, reason, AT), ZoneOffset.UTC);
    }

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        RowFeed feed = (listener, notices) -> {
            listener.accept(new InventoryRows(List.of(
                    InventoryMaintenanceUiTest.row("1", "shop-web-1", "", ""),
                    InventoryMaintenanceUiTest.row("2", "shop-db-1", "", ""),
                    InventoryMaintenanceUiTest.row("3", "shop-cache-1", "", "")),
                    List.of(new ServiceRow("s1", "shop_api", "127.0.0.1:25000/shop/api:2", "shop", "replicated", 2, 2, List.of())),
                    List.of(), List.of(), List.of()));
            return () -> { };
        };
        ContainerActionPort port = (action, targets, typed) -> new ActionOutcome(action, List.of(), Map.of());
        VolumeClassSaver none = new VolumeClassSaver() {
            @Override public boolean available() { return false; }
            @Override public void classify(String volumeName, Choice choice) { }
        };
        pane = InventoryPane.create(InventoryUiTest.PROD, feed, port, none,
                ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
        pane.setTools(List.of(new TargetTool("upgrade", "Upgrade…", "fth-arrow-up-circle",
                Set.of(TargetKind.CONTAINER, TargetKind.SERVICE, TargetKind.STACK), false, upgraded::add)));
        pane.viewModel().updatesProperty().set(Map.of(
                "1", mark("1", "127.0.0.1:25000/shop/web:1", UpdateState.UPDATE_AVAILABLE, ""),
                "2", mark("2", "127.0.0.1:1/shop/db:1", UpdateState.COULD_NOT_CHECK,
                        "The registry 127.0.0.1:1 cannot be reached (connection refused)"),
                "3", mark("3", "127.0.0.1:25000/shop/cache:1", UpdateState.CURRENT, ""),
                "s1", mark("s1", "127.0.0.1:25000/shop/api:2", UpdateState.UPDATE_AVAILABLE, "")));
        Scene scene = new Scene(pane.node(), 1200, 400);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    List<TableCell<?, UpdateMark>> updateCells(FxRobot robot, String table) {
        return robot.lookup(table + " #update-column").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.getItem() != null)
                .map(n -> (TableCell<?, UpdateMark>) n)
                .collect(Collectors.<TableCell<?, UpdateMark>>toList());
    }

    TableCell<?, UpdateMark> cellOf(FxRobot robot, String table, String key) {
        return updateCells(robot, table).stream()
                .filter(c -> ((RowEntry<?>) c.getTableRow().getItem()).key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aNewerImageIsMarkedWithTheTagBothDigestsAndTheTimeOnHover(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, UpdateMark> web = cellOf(robot, "#containersTable", "1");
        assertThat(web.getText()).isEqualTo("newer image");
        assertThat(web.getStyleClass()).contains("update-available");
        assertThat(web.getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                i -> assertThat(i.getIconLiteral()).isEqualTo("fth-arrow-up"));
        assertThat(web.getTooltip().getText()).isEqualTo("A newer image is in the registry for 127.0.0.1:25000/shop/web:1\n"
                + "Running: " + OLD + "\nRegistry: " + NEW + "\nChecked 2026-11-22 10:42:03");

        TableCell<?, UpdateMark> db = cellOf(robot, "#containersTable", "2");
        assertThat(db.getText()).isEqualTo("could not check");
        assertThat(db.getStyleClass()).contains("muted").doesNotContain("update-available");
        assertThat(db.getGraphic()).isNull();
        assertThat(db.getTooltip().getText()).contains("The registry 127.0.0.1:1 cannot be reached (connection refused)");

        TableCell<?, UpdateMark> cache = cellOf(robot, "#containersTable", "3");
        assertThat(cache.getText()).isEmpty();
        assertThat(cache.getGraphic()).isNull();
    }

    @Test
    void theMarkGoesWhenTheNextCheckFindsTheImageCurrent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> pane.viewModel().updatesProperty().set(Map.of(
                "1", mark("1", "127.0.0.1:25000/shop/web:1", UpdateState.CURRENT, ""))));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, UpdateMark> web = cellOf(robot, "#containersTable", "1");
        assertThat(web.getText()).isEmpty();
        assertThat(web.getGraphic()).isNull();
        assertThat(web.getStyleClass()).doesNotContain("update-available");
        assertThat(cellOf(robot, "#containersTable", "2").getTooltip()).isNull();
    }

    @Test
    void theMenuOfAMarkedContainerOffersTheUpgradeFirst(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        menuOn(robot, cellOf(robot, "#containersTable", "3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item(robot, "menu-upgrade-newer").isVisible()).as("not on a current container").isFalse();
        assertThat(item(robot, "tool-upgrade").isDisable()).isFalse();
        robot.interact(() -> robot.lookup("#containersTable").queryAs(TableView.class).getContextMenu().hide());

        menuOn(robot, cellOf(robot, "#containersTable", "1"));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem first = robot.lookup("#containersTable").queryAs(TableView.class).getContextMenu().getItems().get(0);
        assertThat(first.getId()).isEqualTo("menu-upgrade-newer");
        assertThat(first.isVisible()).isTrue();
        robot.clickOn("Upgrade… (newer image)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(upgraded).singleElement().satisfies(targets ->
                assertThat(targets).containsExactly(new Target("1", "shop-web-1", TargetKind.CONTAINER)));
    }

    @Test
    void theColumnHeaderSaysWhatTheLastCheckFoundOrWhyItFailed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#containersTable").queryAs(TableView.class);
        javafx.scene.control.TableColumn<?, ?> column = table.getColumns().stream()
                .filter(c -> "update-column".equals(c.getId())).findFirst().orElseThrow();
        javafx.scene.control.Label header = (javafx.scene.control.Label) column.getGraphic();
        assertThat(header.getText()).isEqualTo("Update");
        assertThat(header.getTooltip().getText()).isEqualTo("Not checked yet");
        robot.interact(() -> pane.viewModel().updateStatusProperty().set(
                "Newer images could not be looked for: the check took longer than 120 s."));
        assertThat(header.getTooltip().getText()).isEqualTo("Newer images could not be looked for: the check took longer than 120 s.");
    }

    @Test
    void theServicesTableMarksAServiceAndOffersItsUpgrade(FxRobot robot) {
        robot.interact(() -> pane.view().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, UpdateMark> api = cellOf(robot, "#servicesTable", "s1");
        assertThat(api.getText()).isEqualTo("newer image");
        menuOn(robot, api);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Upgrade… (newer image)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(upgraded).singleElement().satisfies(targets ->
                assertThat(targets).containsExactly(new Target("s1", "shop_api", TargetKind.SERVICE)));
    }

    /** Selects the cell's row and asks for its menu as a right click does (the headless robot's right click does not). */
    static void menuOn(FxRobot robot, javafx.scene.Node cell) {
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        javafx.geometry.Bounds s = cell.localToScene(cell.getBoundsInLocal());
        robot.interact(() -> cell.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, s.getCenterX(), s.getCenterY(),
                b.getCenterX(), b.getCenterY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#containersTable").queryAs(TableView.class).getContextMenu().getItems().stream()
                .filter(i -> id.equals(((MenuItem) i).getId())).map(MenuItem.class::cast).findFirst().orElseThrow();
    }
}
