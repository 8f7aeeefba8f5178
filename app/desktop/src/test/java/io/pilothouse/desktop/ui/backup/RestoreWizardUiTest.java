package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.backup.BackupManifest;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestoreRequest;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class RestoreWizardUiTest {

    private final List<RestoreRequest> asked = new CopyOnWriteArrayList<>();
    private final List<Plan> opened = new CopyOnWriteArrayList<>();
    private final HostProfile host = HostProfile.create("dev-1", new UnixSocketTransport("/run/x.sock"), Environment.DEVELOPMENT);
    private final CatalogEntry entry = new CatalogEntry(Path.of("/b/dev-1_db_1.manifest.json"), Path.of("/b/dev-1_db_1.tar.zst"),
            new BackupManifest(1, "dev-1", host.id(), "development", "db", "local", Map.of(), List.of(), "stop", "zstd",
                    "dev-1_db_1.tar.zst", 12, 10, 1000, 10240, 900, "ab".repeat(32), Instant.EPOCH, Instant.EPOCH, "0.1"));

    /** Hands the wizard one backup and plans in memory: the view's wiring is what is tested. */
    private final RestorePort port = new RestorePort() {
        @Override public HostProfile host() { return host; }

        @Override public List<CatalogEntry> backups() { return List.of(entry); }

        @Override
        public RestorePlan plan(RestoreRequest request) {
            asked.add(request);
            Step s = new Step() {
                @Override public String description() { return "Replace the content of volume " + request.volume(); }
                @Override public void run(StepContext ctx) { }
            };
            return new RestorePlan(new Plan("p", "restore", host.id(), "Restore into " + request.volume(), List.of(s)),
                    entry, request.volume(), request.newVolume(), List.of(), request.newVolume() ? ""
                    : "Everything now in volume " + request.volume() + " is deleted");
        }
    };

    private RestoreWizardViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new RestoreWizardViewModel(port, Runnable::run, Platform::runLater, opened::add);
        var loaded = io.pilothouse.desktop.ui.infra.ViewLoader.load(RestoreWizardView.class, "RestoreWizard.fxml");
        loaded.controller().bind(vm, "Restore a backup on dev-1");
        stage.setScene(new Scene(loaded.root(), 900, 650));
        stage.show();
        vm.load();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExistingVolumeShowsWhatIsOverwrittenBeforeTheRestoreRuns(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CatalogEntry> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertThat(list.getItems()).containsExactly(entry);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#volumeField").write("db");
        robot.clickOn("#newVolumeBox");
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.volume()).isEqualTo("db");
            assertThat(r.newVolume()).isFalse();
            assertThat(r.backup()).endsWith("dev-1_db_1.tar.zst");
        });
        assertThat(robot.lookup("#overwritesLabel").queryAs(Label.class).getText()).contains("is deleted");
        assertThat(opened).singleElement().satisfies(p -> assertThat(p.steps()).extracting(Step::description)
                .containsExactly("Replace the content of volume db"));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("is open in its own window");
    }

    @Test
    void withoutABackupNothingIsPlannedAndTheSentenceSaysWhatIsMissing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#volumeField").write("db");
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Choose a backup and name the volume to restore into.");
    }

    @Test
    void openedOnAVolumeTheWizardRestoresIntoThatExistingVolume(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.intoExisting("shop-db-data"));
        assertThat(robot.lookup("#volumeField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("shop-db-data");
        assertThat(robot.lookup("#newVolumeBox").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
    }
}
