package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.model.MaintenanceHold;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The containers table marks a container someone holds maintenance locks in, with who and since when on hover. */
@ExtendWith(ApplicationExtension.class)
class InventoryMaintenanceUiTest {

    static final MaintenanceHold HOLD = new MaintenanceHold("exec-1", "maint-1", "alice@desk",
            Optional.of(Instant.parse("2026-11-22T07:20:05Z")), List.of("/app/data/main.pid"), Duration.ofSeconds(30));

    final ExecutorService io = Executors.newSingleThreadExecutor();
    volatile Consumer<InventoryRows> feedListener;

    static ContainerRow row(String id, String name, String maintenance, String by) {
        return new ContainerRow(id, name, "testenv/busybox:1", "shop", "running", "", List.of(), 0, null,
                Instant.now().minusSeconds(600), maintenance, by);
    }

    static InventoryRows rows(String maintenanceOfDb, String by) {
        return new InventoryRows(List.of(row("1", "shop-web-1", "", ""), row("2", "shop-db-1", maintenanceOfDb, by)),
                List.of(), List.of(), List.of(), List.of());
    }

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        RowFeed feed = (listener, notices) -> {
            feedListener = listener;
            listener.accept(rows(HOLD.sentence(ZoneId.systemDefault()), "alice@desk since 07:20:05"));
            return () -> { };
        };
        ContainerActionPort port = (action, targets, typed) -> new ActionOutcome(action, List.of(), Map.of());
        VolumeClassSaver none = new VolumeClassSaver() {
            @Override public boolean available() { return false; }
            @Override public void classify(String volumeName, Choice choice) { }
        };
        InventoryPane pane = InventoryPane.create(InventoryUiTest.PROD, feed, port, none,
                ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1100, 400);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    List<TableCell<?, String>> markedCells(FxRobot robot) {
        return robot.lookup("#containersTable .under-maintenance").queryAll().stream()
                .map(n -> (TableCell<?, String>) n).filter(c -> !c.isEmpty())
                .collect(java.util.stream.Collectors.<TableCell<?, String>>toList());
    }

    @Test
    void theHeldContainerAloneCarriesTheMarkWithWhoAndSinceOnHover(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, String>> marked = markedCells(robot);
        assertThat(marked).hasSize(1);
        TableCell<?, String> cell = marked.get(0);
        assertThat(cell.getText()).isEqualTo("alice@desk since 07:20:05");
        assertThat(cell.getGraphic()).isInstanceOfSatisfying(FontIcon.class,
                i -> assertThat(i.getIconLiteral()).isEqualTo("fth-lock"));
        assertThat(cell.getTableRow().getItem()).extracting(e -> ((RowEntry<?>) e).row().key()).isEqualTo("2");
        assertThat(cell.getTooltip().getText()).isEqualTo(HOLD.sentence(ZoneId.systemDefault()))
                .startsWith("Under maintenance by alice@desk since 2026-11-22 ").endsWith("(/app/data/main.pid)");
    }

    @Test
    void theMarkGoesWhenTheLocksAreReleasedAndComesBackWhenTakenAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> feedListener.accept(rows("", "")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedCells(robot)).isEmpty();

        robot.interact(() -> feedListener.accept(rows("Under maintenance by bob since 2026-11-22 08:00:00 (/x.pid)",
                "bob since 08:00:00")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedCells(robot)).singleElement()
                .satisfies(c -> {
                    assertThat(c.getText()).isEqualTo("bob since 08:00:00");
                    assertThat(c.getTooltip().getText()).contains("(/x.pid)");
                });
    }

    @Test
    void theFilterFindsContainersUnderMaintenance(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#inventoryFilter").write("maintenance");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#containersTable").queryTableView().getItems())
                .extracting(e -> ((RowEntry<?>) e).row().key()).containsExactly("2");
    }
}
