package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.HostLock;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.profiles.ProfileStore;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse plan run, journal and recover against the test engine. */
class PlanCommandsIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "pth-ops-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (String c : made) {
            try {
                env.docker("rm", "-f", c);
            } catch (RuntimeException ignored) {
                // already removed
            }
        }
    }

    private void start(String name) {
        made.add(name);
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, env.image(), "sleep", "3600");
    }

    private CliRunner withHost(String name, String environment) {
        CliRunner cli = new CliRunner(root);
        CliRunner.Result add = cli.run("hosts", "add", name, "--url", "unix://" + env.dockerSock(), "--environment", environment);
        assertThat(add.exit()).as(add.err()).isZero();
        return cli;
    }

    private Path planFile(String host, String... containers) throws Exception {
        Path f = root.resolve("restart.yaml");
        Files.writeString(f, "kind: restart-containers\nhost: " + host + "\ncontainers: [" + String.join(", ", containers)
                + "]\nstopTimeoutSeconds: 1\n");
        return f;
    }

    private String running(String c) {
        return env.docker("inspect", "-f", "{{.State.Running}}", c);
    }

    @Test
    void plan_run_restarts_the_containers_and_journals_the_plan() throws Exception {
        String db = run + "-db";
        start(db);
        String before = env.docker("inspect", "-f", "{{.State.StartedAt}}", db);
        CliRunner cli = withHost("local", "development");

        CliRunner.Result r = cli.run("plan", "run", planFile("local", db).toString(), "--yes");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restart container " + db + " on local", "1. Stop container " + db + " (timeout 1 s)",
                "> 2. Start container " + db, ": done (2 steps).");
        assertThat(running(db)).isEqualTo("true");
        assertThat(env.docker("inspect", "-f", "{{.State.StartedAt}}", db)).isNotEqualTo(before);

        CliRunner.Result journal = cli.run("journal", "--host", "local", "--json");
        assertThat(journal.exit()).as(journal.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : journal.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("event").asText()).contains("plan.started", "plan.change",
                "plan.change-resolved", "plan.finished");
        assertThat(lines.get(lines.size() - 1).get("details").get("outcome").asText()).isEqualTo("SUCCEEDED");

        CliRunner.Result text = cli.run("journal", "--host", "local", "--last", "1");
        assertThat(text.out()).contains("plan.finished [restart-containers-", "SUCCEEDED");

        CliRunner.Result history = cli.run("journal", "--plans", "--host", "local");
        assertThat(history.out()).contains("local  SUCCEEDED  Restart container " + db + " on local  [restart-containers-");
    }

    @Test
    void plan_run_refuses_production_without_the_name_a_busy_host_and_no_terminal() throws Exception {
        String db = run + "-db";
        start(db);
        CliRunner prod = withHost("shop-prod", "production");
        Path file = planFile("shop-prod", db);

        CliRunner.Result noName = prod.run("plan", "run", file.toString(), "--yes");
        assertThat(noName.exit()).isEqualTo(2);
        assertThat(noName.err()).contains("shop-prod is a production host: to run " + file + " on it, add --confirm-host shop-prod. Nothing was done.");

        CliRunner.Result wrongName = prod.run("plan", "run", file.toString(), "--yes", "--confirm-host", "shop-pro");
        assertThat(wrongName.exit()).isEqualTo(2);
        assertThat(wrongName.err()).contains("its name must be typed out");

        CliRunner.Result noTerminal = prod.run("plan", "run", file.toString(), "--confirm-host", "shop-prod");
        assertThat(noTerminal.exit()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("without a terminal to ask: add --yes. Nothing was done.");

        HostProfile profile = new ProfileStore(prod.dirs.profilesFile()).load().profiles().stream()
                .filter(p -> p.name().equals("shop-prod")).findFirst().orElseThrow();
        try (HostLock held = HostLock.acquire(prod.dirs.locksDir(), profile,
                new Plan("backup-nightly", "backup", profile.id(), "Nightly backup", List.of()))) {
            CliRunner.Result busy = prod.run("plan", "run", file.toString(), "--yes", "--confirm-host", "shop-prod");
            assertThat(busy.exit()).isEqualTo(2);
            assertThat(busy.err()).contains("shop-prod is busy with \"Nightly backup\" (plan backup-nightly, process");
        }
        assertThat(running(db)).as("nothing was done").isEqualTo("true");
    }

    @Test
    void a_bad_plan_file_is_a_usage_error_with_the_reason() throws Exception {
        CliRunner cli = withHost("local", "development");
        Path f = root.resolve("bad.yaml");
        Files.writeString(f, "kind: restart-containers\nhost: local\ncontainers: [" + run + "-none]\n");
        CliRunner.Result missing = cli.run("plan", "run", f.toString(), "--yes");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no container " + run + "-none on local; nothing was done.");

        Files.writeString(f, "kind: defrag\nhost: local\n");
        CliRunner.Result unknown = cli.run("plan", "run", f.toString(), "--yes");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("is of kind 'defrag', which this version does not know");
    }

    @Test
    void an_unfinished_plan_is_warned_about_and_recover_starts_what_it_stopped() {
        String db = run + "-db";
        start(db);
        env.docker("stop", "-t", "1", db);
        CliRunner cli = withHost("local", "development");
        // what a plan process killed mid-plan leaves in the journal
        Journal journal = new Journal(cli.dirs.journalFile());
        journal.append(new JournalEntry(Instant.now(), null, "local", "DEVELOPMENT", "plan.started", "Back up " + db,
                Map.of("plan", "backup-dead", "kind", "backup", "title", "Back up " + db)));
        Map<String, String> change = new LinkedHashMap<>(Map.of("plan", "backup-dead", "kind", "backup", "step", "0",
                "change", "c1", "changeKind", "STOPPED_CONTAINER", "target", db));
        journal.append(new JournalEntry(Instant.now(), null, "local", "DEVELOPMENT", "plan.change", "stopped " + db, change));

        CliRunner.Result other = cli.run("inventory", "local", "--json");
        assertThat(other.err()).contains("pilothouse: warning: \"Back up " + db + "\" on local did not finish",
                "stopped " + db, "Take it back with: pilothouse recover local");

        CliRunner.Result noYes = cli.run("recover", "local");
        assertThat(noYes.exit()).isEqualTo(2);
        assertThat(cli.run("journal", "--plans").out()).contains("local  UNFINISHED  Back up " + db + "  [backup-dead]");
        assertThat(running(db)).isEqualTo("false");

        CliRunner.Result r = cli.run("recover", "local", "--yes");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"Back up " + db + "\" was taken back: undid \"stopped " + db + "\".");
        assertThat(running(db)).isEqualTo("true");

        CliRunner.Result again = cli.run("recover", "local", "--yes");
        assertThat(again.out()).contains("No unfinished plan on local; nothing to take back.");
        assertThat(cli.run("inventory", "local", "--json").err()).doesNotContain("did not finish");
    }
}
