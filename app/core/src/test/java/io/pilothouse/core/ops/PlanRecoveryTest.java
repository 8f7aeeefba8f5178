package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRecoveryTest {

    @TempDir Path dir;

    private final HostProfile host = HostProfile.create("db-1", new UnixSocketTransport("/run/docker.sock"), Environment.DEVELOPMENT);

    private Journal journal() {
        return new Journal(dir.resolve("journal.jsonl"));
    }

    /** A run whose process "dies" inside the last step: the step never returns to the runner. */
    private void runAndDie(String planId, String... containers) {
        List<Step> steps = new ArrayList<>();
        for (String c : containers) {
            steps.add(new Step() {
                @Override public String description() { return "stop " + c; }
                @Override public void run(StepContext ctx) {
                    ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, c, Map.of(), "stopped " + c));
                }
            });
        }
        steps.add(new Step() {
            @Override public String description() { return "copy"; }
            @Override public void run(StepContext ctx) {
                throw new ProcessDied();
            }
        });
        try {
            new PlanRunner(journal(), new ProductionGuard()).run(new Plan(planId, "backup", host.id(), "Back up shop", steps),
                    host, null, new PlanListener() { }, new CancelToken());
        } catch (ProcessDied expected) {
            // the runner never wrote plan.finished
        }
    }

    /** Stands for a SIGKILL: an Error the runner does not catch. */
    private static final class ProcessDied extends Error {
    }

    @Test
    void an_unfinished_plan_shows_what_it_changed_and_recovery_takes_it_back_newest_first() {
        runAndDie("backup-1", "db", "search");
        PlanRecovery recovery = new PlanRecovery(journal(), dir.resolve("run"));

        List<UnfinishedPlan> plans = recovery.unfinished("db-1");
        assertThat(plans).hasSize(1);
        UnfinishedPlan p = plans.get(0);
        assertThat(p.title()).isEqualTo("Back up shop");
        assertThat(p.changesSentence()).isEqualTo("stopped db, stopped search");
        assertThat(recovery.warning("db-1")).get().asString().startsWith("warning: \"Back up shop\" on db-1 did not finish")
                .contains("pilothouse recover db-1");

        List<String> started = new ArrayList<>();
        RecoveryResult result = recovery.recover(p, host, c -> started.add(c.target()));

        assertThat(started).containsExactly("search", "db");
        assertThat(result.complete()).isTrue();
        assertThat(recovery.unfinished()).isEmpty();
        assertThat(journal().readAll().get(journal().readAll().size() - 1).details()).containsEntry("outcome", "RECOVERED");
    }

    @Test
    void a_change_that_cannot_be_taken_back_keeps_the_plan_listed_and_the_others_are_taken_back() {
        runAndDie("backup-2", "db", "search");
        PlanRecovery recovery = new PlanRecovery(journal(), null);
        List<String> started = new ArrayList<>();
        RecoveryResult result = recovery.recover(recovery.unfinished().get(0), host, c -> {
            if (c.target().equals("search")) {
                throw new IllegalStateException("No such container: search");
            }
            started.add(c.target());
        });

        assertThat(started).containsExactly("db");
        assertThat(result.complete()).isFalse();
        assertThat(result.summary()).contains("stopped search: No such container: search");
        List<UnfinishedPlan> left = recovery.unfinished();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).changesSentence()).as("only what is still open").isEqualTo("stopped search");
    }

    @Test
    void a_run_whose_undo_left_a_container_stopped_is_offered_until_it_is_taken_back() {
        Step stopThenFail = new Step() {
            @Override public String description() { return "stop db"; }
            @Override public void run(StepContext ctx) {
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, "db", Map.of(), "stopped db"));
                throw new IllegalStateException("disk full");
            }
        };
        PlanResult r = new PlanRunner(journal(), new ProductionGuard()).run(new Plan("inc-1", "x", host.id(), "Half", List.of(stopThenFail)),
                host, null, new PlanListener() { }, new CancelToken(), c -> {
                    throw new IllegalStateException("db refuses to start");
                });
        assertThat(r.outcome()).isEqualTo(PlanOutcome.UNDO_INCOMPLETE);
        PlanRecovery recovery = new PlanRecovery(journal(), null);
        assertThat(recovery.unfinished()).extracting(UnfinishedPlan::changesSentence).containsExactly("stopped db");

        assertThat(recovery.recover(recovery.unfinished().get(0), host, c -> { }).complete()).isTrue();
        assertThat(recovery.unfinished()).isEmpty();
    }

    @Test
    void finished_plans_and_resolved_changes_are_not_listed() {
        Step stopStart = new Step() {
            @Override public String description() { return "restart db"; }
            @Override public void run(StepContext ctx) {
                HostChange c = HostChange.of(ChangeKind.STOPPED_CONTAINER, "db", Map.of(), "stopped db");
                ctx.changed(c);
                ctx.resolved(c);
            }
        };
        new PlanRunner(journal(), new ProductionGuard()).run(new Plan("ok-1", "x", host.id(), "Fine", List.of(stopStart)),
                host, null, new PlanListener() { }, new CancelToken());
        assertThat(new PlanRecovery(journal(), null).unfinished()).isEmpty();
        assertThat(new PlanRecovery(journal(), null).warning("db-1")).isEmpty();
    }

    @Test
    void a_plan_still_running_in_another_process_is_not_unfinished() {
        runAndDie("backup-3", "db");
        Plan same = new Plan("backup-3", "backup", host.id(), "Back up shop", List.of());
        try (HostLock held = HostLock.acquire(dir.resolve("run"), host, same)) {
            assertThat(new PlanRecovery(journal(), dir.resolve("run")).unfinished()).isEmpty();
        }
        assertThat(new PlanRecovery(journal(), dir.resolve("run")).unfinished()).hasSize(1);
    }
}
