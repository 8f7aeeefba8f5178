package io.pilothouse.desktop.ui.scale;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.scale.ReplicasRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.core.workflows.scale.ScaleSchedule;
import io.pilothouse.core.workflows.scale.ScaleServiceRequest;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The scale wizard's wiring: fields per kind, bad input, the plan handed to the plan wizard. */
@ExtendWith(ApplicationExtension.class)
class ScaleWizardUiTest {

    private final HostProfile host = HostProfile.create("prod-1", new UnixSocketTransport("/run/x.sock"), Environment.PRODUCTION);
    private final List<PlanRequest> opened = new CopyOnWriteArrayList<>();
    private final List<Plan> plans = new CopyOnWriteArrayList<>();

    /** Answers with a fixed state and plans with the real schedule, without an engine: the view's wiring is what is tested. */
    private final ScalePort port = new ScalePort() {
        @Override public HostProfile host() { return host; }

        @Override
        public ScaleTargetState state(Target target) {
            return target.kind() == TargetKind.SERVICE
                    ? new ScaleTargetState(3, "3 replicas asked, 3 running (quorum service: it keeps a majority)", List.of())
                    : new ScaleTargetState(1, "1 container, no replicas yet", List.of("edge-nginx", "cache"));
        }

        @Override
        public ScalePreview preview(PlanRequest request) {
            List<Step> steps = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            if (request instanceof ScaleServiceRequest s) {
                ScaleSchedule schedule = ScaleSchedule.of(s.service(), 3, s.replicas(), s.step(), 3, true, s.force());
                warnings.addAll(schedule.warnings());
                schedule.counts().forEach(c -> steps.add(step("Scale " + s.service() + " to " + c)));
            } else {
                steps.add(step("Create replica web-2"));
            }
            return new ScalePreview(new Plan("p1", "scale", host.id(), "Scale it", steps), warnings);
        }
    };

    private static Step step(String text) {
        return new Step() {
            @Override public String description() { return text; }
            @Override public void run(StepContext ctx) { }
        };
    }

    private ScaleWizardViewModel service;
    private ScaleWizardViewModel container;

    @Start
    void start(Stage stage) {
        service = new ScaleWizardViewModel(port, new Target("s1", "etcd", TargetKind.SERVICE), Runnable::run, Platform::runLater,
                (plan, request) -> { plans.add(plan); opened.add(request); });
        container = new ScaleWizardViewModel(port, new Target("c1", "web", TargetKind.CONTAINER), Runnable::run, Platform::runLater,
                (plan, request) -> { plans.add(plan); opened.add(request); });
        VBox both = new VBox(ScaleTools.open(service), ScaleTools.open(container));
        stage.setScene(new Scene(both, 900, 900));
        stage.show();
        service.load();
        container.load();
    }

    @Test
    void a_service_is_scaled_with_step_interval_and_force_and_bad_input_is_told(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField replicas = robot.lookup("#replicasField").nth(0).queryAs(TextField.class);
        assertThat(replicas.getText()).isEqualTo("4");
        assertThat(robot.lookup("#summaryLabel").nth(0).queryAs(Label.class).getText()).startsWith("3 replicas asked");
        assertThat(robot.lookup("#stepField").nth(0).queryAs(TextField.class).isVisible()).isTrue();
        assertThat(robot.lookup("#proxyBox").nth(0).queryAs(ComboBox.class).isVisible()).isFalse();

        robot.interact(() -> replicas.setText("many"));
        robot.interact(service::preview);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorLabel").nth(0).queryAs(Label.class).getText())
                .isEqualTo("The replicas must be a whole number, not \"many\".");
        assertThat(opened).isEmpty();

        robot.interact(() -> replicas.setText("1"));
        robot.clickOn(robot.lookup("#previewButton").nth(0).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorLabel").nth(0).queryAs(Label.class).getText()).startsWith("etcd is a quorum service");
        assertThat(opened).isEmpty();

        robot.interact(() -> {
            replicas.setText("4");
            robot.lookup("#stepField").nth(0).queryAs(TextField.class).setText("2");
            robot.lookup("#intervalField").nth(0).queryAs(TextField.class).setText("5");
        });
        robot.clickOn(robot.lookup("#previewButton").nth(0).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorLabel").nth(0).queryAs(Label.class).getText()).isEmpty();
        assertThat(opened).containsExactly(new ScaleServiceRequest("prod-1", "etcd", 4, 2, 5, false, null));
        assertThat(plans.get(0).steps()).extracting(Step::description).containsExactly("Scale etcd to 4");
        @SuppressWarnings("unchecked")
        ListView<String> warnings = robot.lookup("#warningList").nth(0).queryAs(ListView.class);
        assertThat(warnings.getItems()).anyMatch(w -> w.contains("4 is an even count"));
        assertThat(warnings.isVisible()).isTrue();
    }

    @Test
    void a_container_picks_its_proxy_and_gets_a_replicas_plan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> proxy = robot.lookup("#proxyBox").nth(1).queryAs(ComboBox.class);
        assertThat(proxy.isVisible()).isTrue();
        assertThat(proxy.getItems()).containsExactly("edge-nginx", "cache");
        assertThat(proxy.getValue()).isEqualTo("edge-nginx");
        assertThat(robot.lookup("#stepField").nth(1).queryAs(TextField.class).isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#drainField").nth(1).queryAs(TextField.class).setText("x"));
        robot.interact(container::preview);
        assertThat(robot.lookup("#errorLabel").nth(1).queryAs(Label.class).getText())
                .isEqualTo("The drain time must be a whole number, not \"x\".");
        robot.interact(() -> {
            robot.lookup("#drainField").nth(1).queryAs(TextField.class).setText("3");
            robot.lookup("#replicasField").nth(1).queryAs(TextField.class).setText("3");
        });
        robot.clickOn(robot.lookup("#previewButton").nth(1).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(new ReplicasRequest("prod-1", "web", 3, "edge-nginx", null, 8080, 3));
    }
}
