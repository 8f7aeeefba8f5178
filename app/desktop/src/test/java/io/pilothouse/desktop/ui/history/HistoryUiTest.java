package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {

    private Path dir;
    private Path oldest;
    private Path tampered;
    private HistoryWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("bkp-history");
        dir = home.resolve("backups");
        oldest = HistoryFixture.backup(dir, "dev-1", "db-data", 10);
        HistoryFixture.backup(dir, "dev-1", "db-data", 5);
        HistoryFixture.backup(dir, "dev-1", "db-data", 1);
        tampered = HistoryFixture.backup(dir, "dev-2", "web-content", 2);
        byte[] b = Files.readAllBytes(tampered);
        b[b.length / 2] ^= 0x20;
        Files.write(tampered, b);
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        HistoryFixture.runs(journal, "dev-1");
        HistoryFixture.runs(journal, "dev-2");
        BackupCatalogViewModel catalog = new BackupCatalogViewModel(new BackupCatalog(dir), Runnable::run,
                Platform::runLater, Clock.fixed(HistoryFixture.NOW, ZoneOffset.UTC));
        PlanRunsViewModel runs = new PlanRunsViewModel(new PlanHistory(journal), Set::of, Runnable::run, Platform::runLater);
        window = HistoryWindow.create(null, catalog, runs);
        window.stage().show();
    }

    @SuppressWarnings("unchecked")
    private TableView<CatalogRow> backups(FxRobot robot) {
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#catalogStatus").queryAs(Label.class).getText();
    }

    @Test
    void listsTheBackupsNewestFirstAndSearchNarrowsThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CatalogRow> table = backups(robot);
        assertThat(table.getItems()).extracting(CatalogRow::volume)
                .containsExactly("db-data", "web-content", "db-data", "db-data");
        assertThat(status(robot)).startsWith("4 backups in ");
        robot.clickOn("#searchField").write("web dev-2");
        assertThat(table.getItems()).extracting(CatalogRow::host).containsExactly("dev-2");
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("db-data-app"));
        assertThat(table.getItems()).hasSize(3);
    }

    @Test
    void verifyReReadsEachChosenBackupAndNamesTheDamagedOne(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CatalogRow> table = backups(robot);
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).filteredOn(r -> r.host().equals("dev-1"))
                .allSatisfy(r -> assertThat(r.checkProperty().get()).isEqualTo("verified"));
        CatalogRow bad = table.getItems().stream().filter(r -> r.host().equals("dev-2")).findFirst().orElseThrow();
        assertThat(bad.checkProperty().get()).startsWith("DAMAGED: " + tampered.getFileName());
        assertThat(status(robot)).contains(tampered.getFileName().toString()).contains("damaged");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pruneShowsWhatWouldGoAndDeletesOnlyThat(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Button prune = robot.lookup("#pruneButton").queryAs(Button.class);
        assertThat(prune.isDisabled()).isTrue();
        robot.clickOn("#keepLastField").write("1");
        robot.clickOn("#newerThanField").write("3");
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CatalogRow> remove = robot.lookup("#removeList").queryAs(ListView.class);
        // per host and volume: the newest db-data is kept by count, the one of 5 and 10 days ago by neither rule
        assertThat(remove.getItems()).extracting(CatalogRow::finished).hasSize(2);
        assertThat(remove.getItems()).extracting(r -> r.entry().archive()).contains(oldest);
        assertThat(status(robot)).isEqualTo("Pruning deletes the 2 backups listed and keeps 2.");
        assertThat(Files.exists(oldest)).as("a preview deletes nothing").isTrue();
        assertThat(prune.isDisabled()).isFalse();
        robot.clickOn("#pruneButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(oldest)).isFalse();
        assertThat(backups(robot).getItems()).hasSize(2);
        assertThat(status(robot)).startsWith("Deleted 2 backups: ").contains("2 backups in ");
        assertThat(prune.isDisabled()).isTrue();
    }

    @Test
    void aRetentionThatIsNoNumberIsRefusedWithASentence(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#keepLastField").write("three");
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).isEqualTo("Keep last takes a whole number of 0 or more, not \"three\".");
        robot.interact(() -> robot.lookup("#keepLastField").queryAs(javafx.scene.control.TextField.class).setText(""));
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).startsWith("Say what to keep");
        assertThat(robot.lookup("#pruneButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void planRunsPerHostTellWhatRanHowItEndedAndWhatWasUndone(FxRobot robot) {
        robot.interact(() -> window.view().showRuns());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlanRunRow> runs = robot.lookup("#runTable").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(4);
        robot.interact(() -> robot.lookup("#hostBox").queryAs(javafx.scene.control.ComboBox.class).setValue("dev-1"));
        assertThat(runs.getItems()).extracting(PlanRunRow::host).containsOnly("dev-1");
        assertThat(runs.getItems()).extracting(PlanRunRow::outcome).containsExactly("failed undone", "succeeded");
        robot.interact(() -> runs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> story = robot.lookup("#storyList").queryAs(ListView.class);
        assertThat(story.getItems()).anyMatch(l -> l.contains("started by ") && l.contains("Back up db-data and logs of dev-1"));
        assertThat(story.getItems()).anyMatch(l -> l.contains("step 1 done: Stop db"));
        assertThat(story.getItems()).anyMatch(l -> l.contains("stopped db"));
        assertThat(story.getItems()).anyMatch(l -> l.contains("step 2 failed: Copy volume db-data — the backup folder is full"));
        assertThat(story.getItems()).anyMatch(l -> l.contains("step 1 undone: Stop db"));
        assertThat(story.getItems().get(story.getItems().size() - 1)).contains("ended failed undone");
        assertThat(robot.lookup("#runsStatus").queryAs(Label.class).getText()).isEqualTo("2 plan runs on dev-1.");
    }
}
