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

import static org.assertj.core.api.Assertions.assertThat;

class PlanRunnerTest {

    @TempDir Path dir;

    private final List<String> trace = new ArrayList<>();

    private Step step(String name, boolean fails) {
        return new Step() {
            @Override public String description() { return name; }
            @Override public void run(StepContext ctx) {
                trace.add("run " + name);
                if (fails) {
                    throw new IllegalStateException(name + " broke");
                }
            }
            @Override public void undo(StepContext ctx) { trace.add("undo " + name); }
        };
    }

    private HostProfile host(Environment env) {
        return HostProfile.create("db-1", new UnixSocketTransport("/run/docker.sock"), env);
    }

    private PlanRunner runner() {
        return new PlanRunner(new Journal(dir.resolve("journal.jsonl")), new ProductionGuard());
    }

    @Test
    void a_failure_undoes_the_finished_steps_in_reverse_order() {
        Plan plan = new Plan("p1", "test", "h", "Three steps", List.of(step("a", false), step("b", false), step("c", true)));
        PlanResult result = runner().run(plan, host(Environment.DEVELOPMENT), null, new PlanListener() { }, new CancelToken());

        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(trace).containsExactly("run a", "run b", "run c", "undo b", "undo a");
        assertThat(result.summary()).contains("c broke");
        List<JournalEntry> journal = new Journal(dir.resolve("journal.jsonl")).readAll();
        assertThat(journal).extracting(JournalEntry::event).startsWith("plan.started").endsWith("plan.finished");
        assertThat(journal.get(journal.size() - 1).details()).containsEntry("outcome", "FAILED_UNDONE");
    }

    @Test
    void a_cancel_inside_a_step_undoes_that_step_and_the_ones_before() {
        CancelToken token = new CancelToken();
        Step cancelling = new Step() {
            @Override public String description() { return "long copy"; }
            @Override public void run(StepContext ctx) {
                trace.add("run long copy");
                token.cancel();
                ctx.cancel().throwIfCancelled();
            }
            @Override public void undo(StepContext ctx) {
                assertThat(ctx.cancel().isCancelled()).as("an undo is never cancelled").isFalse();
                trace.add("undo long copy");
            }
        };
        Plan plan = new Plan("p2", "test", "h", "Copy", List.of(step("a", false), cancelling, step("c", false)));
        PlanResult result = runner().run(plan, host(Environment.DEVELOPMENT), null, new PlanListener() { }, token);

        assertThat(result.outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
        assertThat(trace).containsExactly("run a", "run long copy", "undo long copy", "undo a");
    }

    @Test
    void production_needs_the_typed_name_and_nothing_runs_without_it() {
        Plan plan = new Plan("p3", "test", "h", "One step", List.of(step("a", false)));
        PlanResult refused = runner().run(plan, host(Environment.PRODUCTION), "db1", new PlanListener() { }, new CancelToken());
        assertThat(refused.outcome()).isEqualTo(PlanOutcome.REFUSED);
        assertThat(trace).isEmpty();

        PlanResult ran = runner().run(plan, host(Environment.PRODUCTION), "db-1", new PlanListener() { }, new CancelToken());
        assertThat(ran.succeeded()).isTrue();
        assertThat(trace).containsExactly("run a");
    }

    @Test
    void a_second_mutating_plan_on_the_same_host_is_refused_while_one_runs() {
        HostProfile host = host(Environment.DEVELOPMENT);
        List<PlanResult> inner = new ArrayList<>();
        Step nested = new Step() {
            @Override public String description() { return "outer"; }
            @Override public void run(StepContext ctx) {
                inner.add(runner().run(new Plan("p5", "test", host.id(), "Inner", List.of(step("x", false))), host, null,
                        new PlanListener() { }, new CancelToken()));
            }
        };
        runner().run(new Plan("p4", "test", host.id(), "Outer", List.of(nested)), host, null, new PlanListener() { }, new CancelToken());

        assertThat(inner).singleElement().extracting(PlanResult::outcome).isEqualTo(PlanOutcome.REFUSED);
        assertThat(inner.get(0).summary()).contains("Another operation is running on db-1");
        assertThat(trace).doesNotContain("run x");
    }
}
