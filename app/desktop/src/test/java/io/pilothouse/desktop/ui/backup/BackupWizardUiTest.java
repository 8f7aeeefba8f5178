package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;
import io.pilothouse.core.workflows.backup.VolumeUser;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class BackupWizardUiTest {

    private final List<BackupRequest> planned = new CopyOnWriteArrayList<>();
    private final List<Plan> opened = new CopyOnWriteArrayList<>();
    private HostProfile host = HostProfile.create("prod-1", new UnixSocketTransport("/run/x.sock"), Environment.PRODUCTION);

    /** Hands the wizard two volumes and plans and runs in memory: the view's wiring is what is tested. */
    private final BackupPort port = new BackupPort() {
        @Override public HostProfile host() { return host; }

        @Override
        public List<SurveyedVolume> volumes(BackupRequest scope) {
            VolumeUser db = new VolumeUser("c1", "shop-db", "postgres", "sha256:aa", "running", "/var/lib/db", Map.of());
            return List.of(
                    new SurveyedVolume("shop-db-data", "local", Map.of(), List.of(db),
                            new VolumeClassification(VolumeClass.STATEFUL, ClassificationSource.DEFAULT, "data on disk")),
                    new SurveyedVolume("shop-search-index", "local", Map.of(), List.of(),
                            new VolumeClassification(VolumeClass.REGENERABLE, ClassificationSource.LABEL, "volume label")));
        }

        @Override
        public BackupPlan plan(BackupRequest request) {
            if (failPlan) {
                throw new io.pilothouse.core.workflows.backup.BackupFailure("Volume shop-db-data is gone from prod-1.");
            }
            planned.add(request);
            List<Step> steps = new ArrayList<>();
            for (String v : request.volumes()) {
                steps.add(new Step() {
                    @Override public String description() { return "Stop shop-db for " + v + " (" + request.volumeConsistency().get(v) + ")"; }
                    @Override public void run(StepContext ctx) { }
                });
            }
            return new BackupPlan(new Plan("p1", "backup", host.id(), "Back up " + request.volumes().size() + " volume of prod-1", steps),
                    List.of(), List.of(), java.nio.file.Path.of("/tmp"), List.of());
        }
    };

    private volatile boolean failPlan;
    private BackupWizardViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new BackupWizardViewModel(port, BackupRequest.ofVolumes("prod-1", List.of(), "hot", null), Runnable::run, Platform::runLater, opened::add);
        stage.setScene(new Scene(BackupTools.open(vm, "Back up the volumes of shop on prod-1"), 1000, 700));
        stage.show();
        vm.load();
    }

    @Test
    @SuppressWarnings("unchecked")
    void statefulVolumesAreChosenAndThePlanOfTheChoiceOpensInThePlanWizard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<VolumeRow> table = robot.lookup("#volumeTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(VolumeRow::name).containsExactly("shop-db-data", "shop-search-index");
        assertThat(table.getItems().get(0).selectedProperty().get()).isTrue();
        assertThat(table.getItems().get(1).selectedProperty().get()).isFalse();
        assertThat(table.getItems().get(1).classText()).startsWith("regenerable");

        robot.interact(() -> table.getItems().get(0).consistencyProperty().set(io.pilothouse.core.workflows.backup.Consistency.STOP));
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planned).singleElement().satisfies(r -> {
            assertThat(r.volumes()).containsExactly("shop-db-data");
            assertThat(r.volumeConsistency()).containsEntry("shop-db-data", "stop");
        });
        assertThat(opened).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Back up 1 volume of prod-1");
            assertThat(p.steps()).extracting(Step::description).containsExactly("Stop shop-db for shop-db-data (stop)");
        });
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .contains("is open in its own window");
        // the choosing page has no run of its own: no run, cancel, guard or progress controls
        assertThat(robot.lookup("#runButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#guardField").tryQuery()).isEmpty();
    }

    @Test
    void choosingNothingOpensNoPlanAndSaysWhy(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.rows().forEach(r -> r.selectedProperty().set(false)));
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planned).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Choose at least one volume.");
    }

    @Test
    void aPlanThatCannotBeMadeShowsTheSentenceAndOpensNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        failPlan = true;
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Volume shop-db-data is gone from prod-1.");
        assertThat(robot.lookup("#planButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
