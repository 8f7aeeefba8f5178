package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradeWizardViewModelTest {

    final RecordingUpgradePort port = new RecordingUpgradePort();

    private UpgradeWizardViewModel vm(String target, TargetKind kind) {
        return new UpgradeWizardViewModel(port, target, kind, Runnable::run, Runnable::run);
    }

    @Test
    void strategiesFollowTheTarget() {
        assertThat(vm("web", TargetKind.CONTAINER).strategies()).containsExactly("recreate", "blue-green");
        assertThat(vm("svc", TargetKind.SERVICE).strategies()).containsExactly("rolling");
        assertThat(vm("shop", TargetKind.STACK).strategies()).containsExactly("rolling", "window");
    }

    @Test
    void thePreviewShowsStepsAndDifferenceAndContinueOpensThePlan() {
        UpgradeWizardViewModel vm = vm("web", TargetKind.CONTAINER);
        vm.strategyProperty().set("blue-green");
        vm.imageProperty().set(" :2 ");
        vm.healthTimeoutProperty().set("30");
        vm.drainProperty().set("25");
        vm.proceed();
        assertThat(port.opened).isEmpty();

        vm.preview();

        assertThat(port.asked).containsExactly(new UpgradeChoice("web", TargetKind.CONTAINER, "blue-green", ":2",
                Duration.ofSeconds(30), Duration.ofSeconds(25), null));
        assertThat(vm.steps()).containsExactly("Pull :2 (blue-green)");
        assertThat(vm.difference()).containsExactly("image: a -> :2");
        assertThat(vm.statusProperty().get()).isEqualTo("Upgrade web. Nothing has changed yet.");
        vm.proceed();
        assertThat(port.opened).hasSize(1);

        vm.imageProperty().set(":3");
        assertThat(vm.draftProperty().get()).as("a changed choice needs a new preview").isNull();
    }

    @Test
    void badInputIsNamedAndNothingIsBuilt() {
        UpgradeWizardViewModel vm = vm("web", TargetKind.CONTAINER);
        vm.healthTimeoutProperty().set("soon");
        vm.preview();
        assertThat(port.asked).isEmpty();
        assertThat(vm.statusProperty().get())
                .isEqualTo("The health timeout must be a whole number of seconds from 1 to 3600, not \"soon\".");

        vm.healthTimeoutProperty().set("60");
        vm.strategyProperty().set("blue-green");
        vm.drainProperty().set("-5");
        vm.preview();
        assertThat(port.asked).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("The drain time must be a whole number of seconds from 0 to 3600, not \"-5\".");

        UpgradeWizardViewModel missing = vm("missing", TargetKind.CONTAINER);
        missing.preview();
        assertThat(missing.statusProperty().get()).isEqualTo("There is no container \"missing\" on this host.");
        assertThat(missing.draftProperty().get()).isNull();
        assertThat(missing.busyProperty().get()).isFalse();
    }

    @Test
    void aServiceStartsFromItsOwnUpdateSettingsAndThePreviewCarriesTheChosenOnes() {
        port.current = new ServiceUpdateSettings(3, Duration.ofSeconds(7), ServiceUpdateSettings.Order.STOP_FIRST,
                ServiceUpdateSettings.FailureAction.PAUSE, Duration.ofSeconds(12), Duration.ofMinutes(5));
        UpgradeWizardViewModel vm = vm("svc", TargetKind.SERVICE);
        vm.load();
        assertThat(List.of(vm.parallelismProperty().get(), vm.delayProperty().get(), vm.orderProperty().get(),
                vm.failureActionProperty().get(), vm.monitorProperty().get()))
                .containsExactly("3", "7", "stop-first", "pause", "12");

        vm.parallelismProperty().set("2");
        vm.delayProperty().set("1");
        vm.orderProperty().set("start-first");
        vm.failureActionProperty().set("rollback");
        vm.monitorProperty().set("4");
        vm.imageProperty().set(":2");
        vm.preview();

        assertThat(port.asked).hasSize(1);
        assertThat(port.asked.get(0).settings()).isEqualTo(new ServiceUpdateSettings(2, Duration.ofSeconds(1),
                ServiceUpdateSettings.Order.START_FIRST, ServiceUpdateSettings.FailureAction.ROLLBACK,
                Duration.ofSeconds(4), ServiceUpdateSettings.defaults().timeout()));
    }

    @Test
    void badServiceSettingsAreNamedAndNothingIsBuilt() {
        UpgradeWizardViewModel vm = vm("svc", TargetKind.SERVICE);
        vm.parallelismProperty().set("two");
        vm.preview();
        assertThat(vm.statusProperty().get())
                .isEqualTo("The parallelism (tasks at a time, 0 for all) must be a whole number from 0 to 1000, not \"two\".");
        vm.parallelismProperty().set("1");
        vm.monitorProperty().set("9999");
        vm.preview();
        assertThat(vm.statusProperty().get())
                .isEqualTo("The monitor period must be a whole number of seconds from 0 to 3600, not \"9999\".");
        vm.monitorProperty().set("5");
        vm.orderProperty().set("sideways");
        vm.preview();
        assertThat(vm.statusProperty().get()).isEqualTo("The update order must be start-first or stop-first, not \"sideways\"");
        assertThat(port.asked).isEmpty();
    }

    @Test
    void tasksAreReadOffTheUiThreadAndReadsDoNotPileUp() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        port.tasks = List.of(RecordingUpgradePort.task(1, "running", "testenv/busybox:2"),
                RecordingUpgradePort.task(2, "preparing", "testenv/busybox:2"));
        UpgradeWizardViewModel vm = new UpgradeWizardViewModel(port, "svc", TargetKind.SERVICE, later, Runnable::run);

        vm.refreshTasks();
        vm.refreshTasks();
        assertThat(queued).as("a second read waits for the first").hasSize(1);
        assertThat(vm.tasks()).isEmpty();
        queued.remove(0).run();
        assertThat(vm.tasks()).containsExactly("slot 1 on node-1: running, testenv/busybox:2",
                "slot 2 on node-1: preparing (wants running), testenv/busybox:2");

        vm.refreshTasks();
        assertThat(queued).hasSize(1);
        assertThat(vm(("web"), TargetKind.CONTAINER).tasks()).isEmpty();
    }

    @Test
    void rollBackOpensSwarmsRollbackInThePlanWizardOrSaysWhyNot() {
        UpgradeWizardViewModel vm = vm("svc", TargetKind.SERVICE);
        vm.rollBack();
        assertThat(port.opened).extracting(d -> d.plan().title()).containsExactly("Roll service svc back");

        UpgradeWizardViewModel fresh = vm("fresh", TargetKind.SERVICE);
        fresh.rollBack();
        assertThat(port.opened).hasSize(1);
        assertThat(fresh.statusProperty().get()).startsWith("The service fresh has no previous spec");
        assertThat(fresh.busyProperty().get()).isFalse();
    }
}
