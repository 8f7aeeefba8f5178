package io.pilothouse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.terminal.SupervisedContainer;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static io.pilothouse.core.terminal.SupervisedContainer.MAIN_PID;
import static io.pilothouse.core.terminal.SupervisedContainer.WORKER_PID;
import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse shell --command, with and without locks, against the test engine. */
class ShellCommandIT {

    private final TestEnv env = TestEnv.get();
    private SupervisedContainer box;

    @TempDir
    Path root;

    @BeforeEach
    void start() {
        box = SupervisedContainer.start(env);
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private CliRunner withHost(String environment) {
        CliRunner cli = new CliRunner(root);
        CliRunner.Result add = cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock(), "--environment", environment);
        assertThat(add.exit()).as(add.err()).isZero();
        return cli;
    }

    @Test
    void theCommandRunsUnderTheLocksWhichGoWhenItEndsAndItsExitStatusIsReturned() {
        CliRunner cli = withHost("development");
        CliRunner.Result r = cli.run("shell", "local", box.name(), "--lock", MAIN_PID, "--lock", WORKER_PID,
                "--command", "flock -n " + MAIN_PID + " true || echo held-during; cat " + MAIN_PID
                        + ".maintenance; echo ünïcode; echo to-stderr >&2; exit 3");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("held-during").contains("who=").contains("@cli").contains("ünïcode");
        assertThat(r.err()).contains("to-stderr").contains("Released " + MAIN_PID + ", " + WORKER_PID);
        assertThat(box.locked(MAIN_PID)).isFalse();
        assertThat(box.locked(WORKER_PID)).isFalse();
        assertThat(new Journal(cli.dirs.journalFile()).readAll()).extracting(JournalEntry::event)
                .contains("plan.started", "maintenance.started", "maintenance.ended");
    }

    @Test
    void withoutLocksTheCommandJustRuns() {
        CliRunner.Result r = withHost("development").run("shell", "local", box.name(), "--user", "nobody",
                "--command", "id -un");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("nobody");
    }

    @Test
    void aLockHeldByAnotherSessionIsRefusedNamingTheHolder() throws Exception {
        CliRunner cli = withHost("development");
        Thread holder = new Thread(() -> cli.run("shell", "local", box.name(), "--lock", MAIN_PID, "--command", "sleep 6"));
        holder.start();
        long deadline = System.currentTimeMillis() + 15_000;
        while (!box.locked(MAIN_PID) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        CliRunner.Result r = new CliRunner(root).run("shell", "local", box.name(), "--lock", MAIN_PID, "--command", "true");
        assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains(MAIN_PID + " is locked by ").contains("@cli since ").contains("Nothing was done.");
        holder.join(20_000);
    }

    @Test
    void badInputIsRefusedBeforeAnythingChanges() {
        CliRunner cli = withHost("production");
        CliRunner.Result relative = cli.run("shell", "local", box.name(), "--lock", "data/main.pid", "--command", "true");
        assertThat(relative.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(relative.err()).contains("is not absolute");
        CliRunner.Result lease = cli.run("shell", "local", box.name(), "--lock", MAIN_PID, "--lease", "1", "--command", "true");
        assertThat(lease.err()).contains("The lease must be between 2 and 3600 seconds");
        CliRunner.Result guard = cli.run("shell", "local", box.name(), "--lock", MAIN_PID, "--command", "true");
        assertThat(guard.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(guard.err()).contains("local is a production host").contains("--confirm-host local");
        CliRunner.Result missing = cli.run("shell", "local", box.name(), "--lock", "/app/data/nope.pid",
                "--confirm-host", "local", "--command", "true");
        assertThat(missing.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(missing.err()).contains("/app/data/nope.pid does not exist in " + box.name());
        assertThat(box.locked(MAIN_PID)).isFalse();
        CliRunner.Result noTty = cli.run("shell", "local", box.name());
        assertThat(noTty.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(noTty.err()).contains("needs a terminal");
    }

    @Test
    void theInventoryNamesWhoHoldsTheLocksInJsonAndText() throws Exception {
        CliRunner cli = withHost("development");
        Thread holder = new Thread(() -> cli.run("shell", "local", box.name(), "--lock", MAIN_PID, "--command", "sleep 8"));
        holder.start();
        long deadline = System.currentTimeMillis() + 15_000;
        while (!box.locked(MAIN_PID) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        CliRunner.Result json = new CliRunner(root).run("inventory", "local", "--json");
        CliRunner.Result text = new CliRunner(root).run("inventory", "local");
        holder.join(20_000);
        assertThat(json.exit()).as(json.err()).isZero();
        var tree = new ObjectMapper().readTree(json.out());
        var container = StreamSupport.stream(tree.get("containers").spliterator(), false)
                .filter(c -> c.get("name").asText().equals(box.name())).findFirst().orElseThrow();
        var hold = container.get("maintenance").get(0);
        assertThat(hold.get("who").asText()).contains("@cli");
        assertThat(hold.get("paths").get(0).asText()).isEqualTo(MAIN_PID);
        assertThat(hold.get("since").isNull()).isFalse();
        assertThat(text.out()).containsPattern(Pattern.quote(box.name()) + " .*\\[Under maintenance by \\S+@cli since .*\\(" + Pattern.quote(MAIN_PID) + "\\)\\]");
    }
}
