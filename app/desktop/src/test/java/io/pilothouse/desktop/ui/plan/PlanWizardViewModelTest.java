package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.workflows.restart.RestartContainersRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PlanWizardViewModelTest {

    @TempDir Path dir;
    final TestPlans plans = new TestPlans();
    final HostProfile dev = TestPlans.host(Environment.DEVELOPMENT);

    @Test
    void the_preview_is_the_plan_and_a_failing_step_shows_the_undo_and_the_report() {
        Plan plan = new Plan("p1", "backup", dev.id(), "Back up shop", List.of(plans.stop("db"), plans.copy(4096),
                plans.failing("checksum mismatch")));
        PlanWizardViewModel vm = new PlanWizardViewModel(plan, dev, null, TestPlans.services(dir, Runnable::run, Runnable::run));

        assertThat(vm.title()).isEqualTo("Back up shop");
        assertThat(vm.steps()).extracting(PlanStepRow::description)
                .containsExactly("Stop container db", "Copy the volume out", "Verify the archive");
        assertThat(vm.steps()).extracting(PlanStepRow::status).containsOnly("waiting");
        assertThat(vm.canRunProperty().get()).isTrue();

        vm.run(null);

        assertThat(vm.state()).isEqualTo(PlanWizardState.ENDED);
        assertThat(vm.resultProperty().get().outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(vm.steps()).extracting(PlanStepRow::status).containsExactly("undone", "undone", "failed");
        assertThat(vm.steps().get(2).detail()).isEqualTo("checksum mismatch");
        assertThat(vm.undoLog()).containsExactly("Undoing 2. Copy the volume out…", "Undone: Copy the volume out",
                "Undoing 1. Stop container db…", "Undone: Stop container db");
        assertThat(plans.trace).containsExactly("stop db", "start db");
        assertThat(vm.reportProperty().get()).contains("failed: checksum mismatch", "the host is as it was");
        assertThat(vm.overallTextProperty().get()).isEqualTo("Failed; everything was undone.");
        assertThat(vm.canRunProperty().get()).as("a wizard runs its plan once").isFalse();
    }

    @Test
    void progress_shows_amounts_rate_and_time_left() {
        assertThat(PlanWizardViewModel.progressText(StepProgress.of(3L << 20, 12L << 20, ProgressUnit.BYTES, Duration.ofSeconds(1))))
                .isEqualTo("3.0 MiB of 12.0 MiB · 3.0 MiB/s · 0:03 left");
        assertThat(PlanWizardViewModel.progressText(StepProgress.of(0, 1, ProgressUnit.ITEMS, Duration.ZERO))).isEmpty();
        assertThat(PlanWizardViewModel.progressText(StepProgress.of(40, 100, ProgressUnit.ITEMS, Duration.ofSeconds(2))))
                .isEqualTo("40 items of 100 items · 20 items/s · 0:03 left");
    }

    @Test
    void cancel_stops_the_run_in_its_step_and_undoes_it() {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Plan plan = new Plan("p2", "backup", dev.id(), "Back up shop", List.of(plans.stop("db"), plans.waitsForCancel()));
            PlanWizardViewModel vm = new PlanWizardViewModel(plan, dev, null, TestPlans.services(dir, background, Runnable::run));
            vm.run(null);
            await().atMost(Duration.ofSeconds(10)).until(() -> vm.overallProperty().get() > 0.5);
            assertThat(vm.canCancelProperty().get()).isTrue();
            assertThat(vm.overallTextProperty().get()).contains("step 2 of 2");

            vm.cancel();

            await().atMost(Duration.ofSeconds(10)).until(() -> vm.state() == PlanWizardState.ENDED);
            assertThat(vm.resultProperty().get().outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
            assertThat(plans.trace).containsExactly("stop db", "start db");
            assertThat(vm.steps()).extracting(PlanStepRow::status).containsExactly("undone", "undone");
            assertThat(vm.overallTextProperty().get()).isEqualTo("Cancelled; everything was undone.");
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void cancel_returns_at_once_while_the_step_closes_its_stream_on_another_thread() {
        ExecutorService background = Executors.newCachedThreadPool();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Plan plan = new Plan("p4", "backup", dev.id(), "Back up shop", List.of(plans.stop("db"),
                    plans.closesSlowlyOnCancel(closed)));
            PlanWizardViewModel vm = new PlanWizardViewModel(plan, dev, null, TestPlans.services(dir, background, Runnable::run));
            vm.run(null);
            await().atMost(Duration.ofSeconds(10)).until(() -> vm.overallProperty().get() > 0.5);

            // the caller is the FX thread: the step's close, which waits here, must not run on it
            vm.cancel();

            assertThat(closed.getCount()).as("cancel returned before the stream was closed").isOne();
            assertThat(vm.state()).isEqualTo(PlanWizardState.CANCELLING);
            assertThat(vm.overallTextProperty().get()).isEqualTo("Cancelling: undoing what was done…");
            closed.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> vm.state() == PlanWizardState.ENDED);
            assertThat(vm.resultProperty().get().outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
            assertThat(plans.trace).containsExactly("stop db", "start db");
        } finally {
            closed.countDown();
            background.shutdownNow();
        }
    }

    @Test
    void production_asks_for_the_name_and_a_wrong_name_is_refused_without_running() {
        HostProfile prod = TestPlans.host(Environment.PRODUCTION);
        Plan plan = new Plan("p3", "backup", prod.id(), "Back up shop", List.of(plans.stop("db")));
        PlanWizardViewModel vm = new PlanWizardViewModel(plan, prod, null, TestPlans.services(dir, Runnable::run, Runnable::run));

        assertThat(vm.needsConfirmation()).isTrue();
        assertThat(vm.guardAction()).isEqualTo("run \"Back up shop\"");
        vm.run("shop-2");

        assertThat(vm.resultProperty().get().outcome()).isEqualTo(PlanOutcome.REFUSED);
        assertThat(vm.overallTextProperty().get()).isEqualTo("Not started.");
        assertThat(plans.trace).isEmpty();
    }

    @Test
    void save_writes_the_request_that_the_cli_reads_back() {
        RestartContainersRequest request = RestartContainersRequest.of("shop-1", List.of("db"));
        Plan plan = new Plan("p4", "restart-containers", dev.id(), "Restart db", List.of(plans.stop("db")));
        PlanWizardViewModel vm = new PlanWizardViewModel(plan, dev, request, TestPlans.services(dir, Runnable::run, Runnable::run));

        assertThat(vm.canSave()).isTrue();
        assertThat(vm.suggestedFileName()).isEqualTo("restart-containers-shop-1.yaml");
        vm.save(dir.resolve("restart.yaml"));
        assertThat(new PlanFiles(PlanFactoryRegistry.standard()).read(dir.resolve("restart.yaml"))).isEqualTo(request);

        PlanWizardViewModel unsaved = new PlanWizardViewModel(plan, dev, null, TestPlans.services(dir, Runnable::run, Runnable::run));
        assertThat(unsaved.canSave()).isFalse();
    }
}
