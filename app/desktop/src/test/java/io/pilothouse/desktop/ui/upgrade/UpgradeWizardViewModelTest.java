package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradeWizardViewModelTest {

    final List<UpgradeChoice> asked = new CopyOnWriteArrayList<>();
    final List<UpgradeDraft> opened = new CopyOnWriteArrayList<>();

    final UpgradePort port = new UpgradePort() {
        @Override
        public UpgradeDraft draft(UpgradeChoice choice) {
            asked.add(choice);
            if ("missing".equals(choice.target())) {
                throw new IllegalArgumentException("There is no container \"missing\" on this host.");
            }
            Step step = new Step() {
                @Override public String description() { return "Pull " + choice.image(); }
                @Override public void run(StepContext ctx) { }
            };
            return new UpgradeDraft(new Plan("p", "upgrade", "h", "Upgrade " + choice.target(), List.of(step)),
                    List.of("image: a -> " + choice.image()));
        }

        @Override
        public void openPlan(UpgradeDraft draft) {
            opened.add(draft);
        }
    };

    @Test
    void strategiesFollowTheTarget() {
        assertThat(new UpgradeWizardViewModel(port, "web", TargetKind.CONTAINER, Runnable::run, Runnable::run).strategies())
                .containsExactly("recreate", "blue-green");
        assertThat(new UpgradeWizardViewModel(port, "svc", TargetKind.SERVICE, Runnable::run, Runnable::run).strategies())
                .containsExactly("rolling");
        assertThat(new UpgradeWizardViewModel(port, "shop", TargetKind.STACK, Runnable::run, Runnable::run).strategies())
                .containsExactly("rolling", "window");
    }

    @Test
    void thePreviewShowsStepsAndDifferenceAndContinueOpensThePlan() {
        UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, "web", TargetKind.CONTAINER, Runnable::run, Runnable::run);
        vm.strategyProperty().set("blue-green");
        vm.imageProperty().set(" :2 ");
        vm.healthTimeoutProperty().set("30");
        vm.proceed();
        assertThat(opened).isEmpty();

        vm.preview();

        assertThat(asked).containsExactly(new UpgradeChoice("web", TargetKind.CONTAINER, "blue-green", ":2", Duration.ofSeconds(30)));
        assertThat(vm.steps()).containsExactly("Pull :2");
        assertThat(vm.difference()).containsExactly("image: a -> :2");
        assertThat(vm.statusProperty().get()).isEqualTo("Upgrade web. Nothing has changed yet.");
        vm.proceed();
        assertThat(opened).hasSize(1);

        vm.imageProperty().set(":3");
        assertThat(vm.draftProperty().get()).as("a changed choice needs a new preview").isNull();
    }

    @Test
    void badInputIsNamedAndNothingIsBuilt() {
        UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, "web", TargetKind.CONTAINER, Runnable::run, Runnable::run);
        vm.healthTimeoutProperty().set("soon");
        vm.preview();
        assertThat(asked).isEmpty();
        assertThat(vm.statusProperty().get())
                .isEqualTo("The health timeout must be a whole number of seconds from 1 to 3600, not \"soon\".");

        UpgradeWizardViewModel missing = new UpgradeWizardViewModel(port, "missing", TargetKind.CONTAINER, Runnable::run, Runnable::run);
        missing.preview();
        assertThat(missing.statusProperty().get()).isEqualTo("There is no container \"missing\" on this host.");
        assertThat(missing.draftProperty().get()).isNull();
        assertThat(missing.busyProperty().get()).isFalse();
    }
}
