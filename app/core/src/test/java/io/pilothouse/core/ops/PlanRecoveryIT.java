package io.pilothouse.core.ops;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan process killed with SIGKILL mid-plan on the real engine; the next start takes its changes back. */
class PlanRecoveryIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String container = "pth-ops-crash-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir Path home;

    @AfterEach
    void cleanUp() {
        try {
            ENV.docker("rm", "-f", container);
        } catch (RuntimeException ignored) {
            // not created
        }
    }

    @Test
    void a_container_stopped_by_a_killed_plan_is_started_again_and_the_plan_is_marked_recovered() throws Exception {
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", container, ENV.image(), "sleep", "3600");
        Path journalFile = home.resolve("data/journal.jsonl");
        Path locks = home.resolve("data/run");
        HostProfile host = HostProfile.create("pth-ops-host", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DyingPlanMain.class.getName(),
                journalFile.toString(), locks.toString(), ENV.dockerSock(), host.id(), host.name(), container)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            assertThat(out.readLine()).isEqualTo("stopped");
            assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", container)).isEqualTo("false");

            PlanRecovery recovery = new PlanRecovery(new Journal(journalFile), locks);
            assertThat(recovery.unfinished()).as("a plan that still runs is not unfinished").isEmpty();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Journal journal = new Journal(journalFile);
        PlanRecovery recovery = new PlanRecovery(journal, locks);
        List<UnfinishedPlan> unfinished = recovery.unfinished(host.name());
        assertThat(unfinished).hasSize(1);
        assertThat(unfinished.get(0).changesSentence()).isEqualTo("stopped " + container);
        assertThat(unfinished.get(0).title()).isEqualTo("Back up " + container);

        RecoveryResult result;
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
            result = recovery.recover(unfinished.get(0), host, new DockerChangeReverter(session.docker()));
        }

        assertThat(result.complete()).as(result.summary()).isTrue();
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", container)).isEqualTo("true");
        assertThat(recovery.unfinished()).isEmpty();
        List<JournalEntry> entries = journal.readAll();
        JournalEntry last = entries.get(entries.size() - 1);
        assertThat(last.event()).isEqualTo("plan.finished");
        assertThat(last.details()).containsEntry("outcome", PlanRecovery.RECOVERED);
        assertThat(last.summary()).contains("undid \"stopped " + container + "\"");
    }
}
