package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanHistoryTest {

    @TempDir Path dir;

    @Test
    void each_run_is_one_entry_with_its_outcome() {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        HostProfile dev = HostProfile.create("db-1", new UnixSocketTransport("/run/docker.sock"), Environment.DEVELOPMENT);
        HostProfile prod = HostProfile.create("db-2", new UnixSocketTransport("/run/docker.sock"), Environment.PRODUCTION);
        Step ok = new Step() {
            @Override public String description() { return "ok"; }
            @Override public void run(StepContext ctx) { }
        };
        PlanRunner runner = new PlanRunner(journal, new ProductionGuard());
        runner.run(new Plan("a-1", "test", dev.id(), "First", List.of(ok)), dev, null, new PlanListener() { }, new CancelToken());
        runner.run(new Plan("b-1", "test", prod.id(), "Second", List.of(ok)), prod, "wrong", new PlanListener() { }, new CancelToken());

        List<PlanRun> runs = new PlanHistory(journal).runs();
        assertThat(runs).extracting(PlanRun::planId).containsExactly("a-1", "b-1");
        assertThat(runs.get(0).title()).isEqualTo("First");
        assertThat(runs.get(0).outcome()).contains("SUCCEEDED");
        assertThat(runs.get(1).outcome()).contains("REFUSED");
        assertThat(new PlanHistory(journal).runs("db-1")).hasSize(1);
    }
}
