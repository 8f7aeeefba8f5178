package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.desktop.ui.Pictures;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The history window in a real window: target/screenshots/history-backups.png and history-runs.png. */
@ExtendWith(ApplicationExtension.class)
class HistoryScreenshotIT {

    private HistoryWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("bkp-history-shot");
        Path dir = home.resolve("backups");
        HistoryFixture.backup(dir, "prod-1", "shop_postgres-primary-database-data", 9);
        HistoryFixture.backup(dir, "prod-1", "shop_postgres-primary-database-data", 2);
        HistoryFixture.backup(dir, "prod-1", "shop_uploads", 2);
        HistoryFixture.backup(dir, "dev-1", "wiki_data", 1);
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        HistoryFixture.runs(journal, "prod-1");
        HistoryFixture.runs(journal, "dev-1");
        window = HistoryWindow.create(null, new BackupCatalogViewModel(new BackupCatalog(dir), Runnable::run,
                Platform::runLater, Clock.fixed(HistoryFixture.NOW, ZoneOffset.UTC)),
                new PlanRunsViewModel(new PlanHistory(journal), Set::of, Runnable::run, Platform::runLater));
        window.stage().setWidth(1100);
        window.stage().setHeight(700);
        window.stage().show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void picturesOfTheCatalogWithAPrunePreviewAndOfAPlanRun(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CatalogRow> backups = robot.lookup("#backupTable").queryAs(TableView.class);
        robot.interact(() -> backups.getSelectionModel().select(0));
        robot.clickOn("#verifyButton");
        robot.clickOn("#keepLastField").write("1");
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#removeList").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(1);
        Pictures.save(window.stage().getScene(), "history-backups");
        robot.interact(() -> window.view().showRuns());
        TableView<PlanRunRow> runs = robot.lookup("#runTable").queryAs(TableView.class);
        robot.interact(() -> runs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Pictures.save(window.stage().getScene(), "history-runs");
    }
}
