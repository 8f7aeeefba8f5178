package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRunnerUndoTest {

    @TempDir Path dir;

    private final List<String> trace = new ArrayList<>();
    private final HostProfile host = HostProfile.create("db-1", new UnixSocketTransport("/run/docker.sock"), Environment.DEVELOPMENT);

    private Journal journal() {
        return new Journal(dir.resolve("journal.jsonl"));
    }

    private PlanRunner runner() {
        return new PlanRunner(journal(), new ProductionGuard()).withHostLocks(dir.resolve("run"));
    }

    /** Stops a container (journaled as a change); its undo starts it, or throws when told to. */
    private Step stop(String name, boolean undoThrows) {
        return new Step() {
            @Override public String description() { return "stop " + name; }
            @Override public void run(StepContext ctx) {
                trace.add("stop " + name);
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, name, Map.of(), "stopped " + name));
            }
            @Override public void undo(StepContext ctx) {
                if (undoThrows) {
                    trace.add("undo " + name + " threw");
                    throw new IllegalStateException("cannot start " + name);
                }
                trace.add("start " + name);
            }
        };
    }

    private Step failing() {
        return new Step() {
            @Override public String description() { return "copy"; }
            @Override public void run(StepContext ctx) {
                throw new IllegalStateException("disk full");
            }
        };
    }

    @Test
    void an_undo_that_throws_does_not_stop_the_others_and_its_change_is_taken_back_by_the_reverter() {
        Plan plan = new Plan("p1", "test", host.id(), "Back up", List.of(stop("db", false), stop("search", true),
                stop("cache", false), failing()));
        List<String> reverted = new ArrayList<>();
        PlanResult result = runner().run(plan, host, null, new PlanListener() { }, new CancelToken(),
                change -> reverted.add(change.kind() + " " + change.target()));

        assertThat(trace).containsExactly("stop db", "stop search", "stop cache", "start cache", "undo search threw", "start db");
        assertThat(reverted).as("only the change whose undo failed is left to the reverter").containsExactly("STOPPED_CONTAINER search");
        assertThat(result.outcome()).as("every change was taken back in the end, but an undo failed").isEqualTo(PlanOutcome.UNDO_INCOMPLETE);
        assertThat(result.steps()).extracting(StepRecord::outcome).contains(StepOutcome.UNDO_FAILED);
        long resolved = journal().readAll().stream().filter(e -> e.event().equals("plan.change-resolved")).count();
        assertThat(resolved).isEqualTo(3);
    }

    @Test
    void a_change_left_open_without_a_reverter_is_named_in_the_summary() {
        Plan plan = new Plan("p2", "test", host.id(), "Back up", List.of(stop("db", true), failing()));
        PlanResult result = runner().run(plan, host, null, new PlanListener() { }, new CancelToken());

        assertThat(result.outcome()).isEqualTo(PlanOutcome.UNDO_INCOMPLETE);
        assertThat(result.summary()).contains("to set right by hand: stopped db");
    }

    @Test
    void a_step_that_fails_midway_has_its_changes_taken_back_newest_first() {
        Step half = new Step() {
            @Override public String description() { return "stop two"; }
            @Override public void run(StepContext ctx) {
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, "a", Map.of(), "stopped a"));
                ctx.changed(HostChange.of(ChangeKind.PAUSED_CONTAINER, "b", Map.of(), "paused b"));
                throw new IllegalStateException("lost the connection");
            }
        };
        List<String> reverted = new ArrayList<>();
        List<String> heard = new ArrayList<>();
        PlanResult result = runner().run(new Plan("p3", "test", host.id(), "Two", List.of(half)), host, null,
                new PlanListener() {
                    @Override public void changeTakenBack(HostChange change, String failure) {
                        heard.add(change.sentence() + (failure.isEmpty() ? "" : ": " + failure));
                    }
                }, new CancelToken(), change -> reverted.add(change.target()));

        assertThat(reverted).containsExactly("b", "a");
        assertThat(heard).containsExactly("paused b", "stopped a");
        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
    }

    @Test
    void a_reverter_that_fails_leaves_the_others_taken_back_and_says_what_is_left() {
        Step half = new Step() {
            @Override public String description() { return "stop two"; }
            @Override public void run(StepContext ctx) {
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, "a", Map.of(), "stopped a"));
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, "b", Map.of(), "stopped b"));
                throw new IllegalStateException("boom");
            }
        };
        List<String> reverted = new ArrayList<>();
        PlanResult result = runner().run(new Plan("p4", "test", host.id(), "Two", List.of(half)), host, null,
                new PlanListener() { }, new CancelToken(), change -> {
                    if (change.target().equals("b")) {
                        throw new IllegalStateException("b refuses to start");
                    }
                    reverted.add(change.target());
                });

        assertThat(reverted).containsExactly("a");
        assertThat(result.outcome()).isEqualTo(PlanOutcome.UNDO_INCOMPLETE);
        assertThat(result.summary()).contains("stopped b (b refuses to start)");
    }

    @Test
    void a_successful_run_reports_overall_progress_up_to_the_end() {
        List<RunProgress> seen = new ArrayList<>();
        Step copy = new Step() {
            @Override public String description() { return "copy"; }
            @Override public void run(StepContext ctx) {
                ctx.progress(50, 100, ProgressUnit.BYTES);
            }
        };
        PlanResult result = runner().run(new Plan("p5", "test", host.id(), "Copy", List.of(copy, copy)), host, null,
                new PlanListener() {
                    @Override public void runProgress(RunProgress p) { seen.add(p); }
                }, new CancelToken());

        assertThat(result.succeeded()).isTrue();
        assertThat(seen).extracting(RunProgress::fraction).contains(0.25, 0.75);
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(seen).filteredOn(p -> p.step().total() == 100).allMatch(p -> p.step().unit() == ProgressUnit.BYTES);
    }

    @Test
    void a_second_plan_on_a_held_host_is_refused_naming_the_first() throws Exception {
        Plan first = new Plan("first-1", "test", host.id(), "Back up db", List.of(stop("db", false)));
        try (HostLock held = HostLock.acquire(dir.resolve("run"), host, first)) {
            Plan second = new Plan("second-1", "test", host.id(), "Restart web", List.of(stop("web", false)));
            PlanResult result = runner().run(second, host, null, new PlanListener() { }, new CancelToken());

            assertThat(result.outcome()).isEqualTo(PlanOutcome.REFUSED);
            assertThat(result.summary()).contains("db-1 is busy with \"Back up db\" (plan first-1, process "
                    + ProcessHandle.current().pid()).contains("nothing was done");
            assertThat(trace).isEmpty();
        }
        PlanResult after = runner().run(new Plan("third-1", "test", host.id(), "Restart web", List.of(stop("web", false))),
                host, null, new PlanListener() { }, new CancelToken());
        assertThat(after.succeeded()).as("the lock is free once its holder closed it").isTrue();
    }

    @Test
    void the_journal_says_what_the_plan_started_with() {
        runner().run(new Plan("p6", "test", host.id(), "Back up", List.of(stop("db", false))), host, null,
                new PlanListener() { }, new CancelToken());
        JournalEntry started = journal().readAll().get(0);
        assertThat(started.details()).containsEntry("title", "Back up").containsEntry("hostId", host.id())
                .containsEntry("step.0", "stop db");
    }
}
