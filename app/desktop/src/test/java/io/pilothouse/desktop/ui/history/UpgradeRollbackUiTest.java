package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan runs view offers "Roll back to previous image…" for the containers an upgrade run upgraded. */
@ExtendWith(ApplicationExtension.class)
class UpgradeRollbackUiTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private HistoryWindow window;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path home = Files.createTempDirectory("upgrade-history");
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        HistoryFixture.runs(journal, "dev-1");
        HostProfile profile = HostProfile.create("dev-1", new UnixSocketTransport("/run/none.sock"), Environment.DEVELOPMENT);
        Step removeOld = new Step() {
            @Override public String description() { return "Remove the old web (its volumes and image are kept)"; }
            @Override public void run(StepContext ctx) {
                ctx.record(ContainerUpgrades.UPGRADED, "upgraded web from testenv/busybox:1 to testenv/busybox:2",
                        Map.of("container", "web", "previousImage", "testenv/busybox:1", "previousImageId", "sha256:1",
                                "image", "testenv/busybox:2"));
            }
        };
        new PlanRunner(journal, new ProductionGuard()).run(new Plan(Plan.newId("upgrade"), "upgrade", profile.id(),
                "Upgrade web from testenv/busybox:1 to testenv/busybox:2", List.of(removeOld)), profile, null,
                new PlanListener() { }, new CancelToken());
        PlanRunsViewModel runs = new PlanRunsViewModel(new PlanHistory(journal), Set::of, Runnable::run, Platform::runLater,
                (host, container) -> {
                    if (!host.equals("dev-1")) {
                        return "Connect to " + host + " first.";
                    }
                    opened.add(host + "/" + container);
                    return "";
                });
        window = HistoryWindow.create(null, new BackupCatalogViewModel(new io.pilothouse.core.workflows.backup.BackupCatalog(
                home.resolve("backups")), Runnable::run, Platform::runLater, java.time.Clock.systemUTC()), runs);
        window.stage().show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpgradeRunOffersItsRollbackAndOtherRunsDoNot(FxRobot robot) {
        robot.interact(() -> window.view().showRuns());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlanRunRow> runs = robot.lookup("#runTable").queryAs(TableView.class);
        Button rollback = robot.lookup("#history-rollback").queryButton();
        PlanRunRow backup = runs.getItems().stream().filter(r -> r.title().startsWith("Back up")).findFirst().orElseThrow();
        robot.interact(() -> runs.getSelectionModel().select(backup));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rollback.isVisible()).as("a backup run has nothing to roll back").isFalse();

        PlanRunRow upgrade = runs.getItems().stream().filter(r -> r.title().startsWith("Upgrade web")).findFirst().orElseThrow();
        robot.interact(() -> runs.getSelectionModel().select(upgrade));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rollback.isVisible()).isTrue();
        assertThat(robot.lookup("#history-rollback-container").queryAs(ChoiceBox.class).getValue()).isEqualTo("web");

        robot.clickOn("#history-rollback");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("dev-1/web");
        assertThat(robot.lookup("#runsStatus").queryAs(Label.class).getText())
                .isEqualTo("Rolling back web on dev-1: the plan wizard shows the plan before anything changes.");
    }
}
