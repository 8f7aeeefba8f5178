package io.pilothouse.core.containers;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.containers.ContainerActionResult.Outcome;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerActionsIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "act" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @TempDir
    Path home;

    @AfterEach
    void cleanUp() {
        for (String c : made) {
            try {
                ENV.docker("rm", "-f", "-v", c);
            } catch (RuntimeException ignored) {
                // removed by the test
            }
        }
    }

    private String start(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(ENV.image(), "sleep", "3600"));
        made.add(name);
        return ENV.docker(cmd.toArray(String[]::new));
    }

    private HostSession session(Environment env) {
        HostProfile p = HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), env);
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private String state(String name) {
        return ENV.docker("inspect", "-f", "{{.State.Status}}", name);
    }

    @Test
    void actionsRunJournalAndReportPerContainer() throws Exception {
        String a = run + "-a";
        String b = run + "-b";
        start(a);
        start(b, "-v", "/scratch");
        String anon = ENV.docker("inspect", "-f", "{{range .Mounts}}{{.Name}}{{end}}", b);
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        try (HostSession session = session(Environment.DEVELOPMENT);
             ContainerActions actions = new ContainerActions(session, journal, new ProductionGuard())) {
            List<ContainerActionResult> stopped = actions.run(ContainerAction.STOP, List.of(a, b, run + "-missing"),
                    ActionOptions.defaults(), null).get(60, TimeUnit.SECONDS);
            assertThat(stopped).extracting(ContainerActionResult::outcome)
                    .containsExactly(Outcome.DONE, Outcome.DONE, Outcome.FAILED);
            assertThat(stopped.get(2).message()).contains("There is no container \"" + run + "-missing\"");
            assertThat(state(a)).isEqualTo("exited");

            assertThat(actions.run(ContainerAction.STOP, List.of(a), ActionOptions.defaults(), null).get(30, TimeUnit.SECONDS))
                    .extracting(ContainerActionResult::outcome).containsExactly(Outcome.UNCHANGED);
            ContainerActionResult pause = actions.run(ContainerAction.PAUSE, List.of(a), ActionOptions.defaults(), null)
                    .get(30, TimeUnit.SECONDS).get(0);
            assertThat(pause.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(pause.message()).contains(a).contains("not running");

            actions.run(ContainerAction.START, List.of(a), ActionOptions.defaults(), null).get(30, TimeUnit.SECONDS);
            assertThat(state(a)).isEqualTo("running");
            actions.run(ContainerAction.PAUSE, List.of(a), ActionOptions.defaults(), null).get(30, TimeUnit.SECONDS);
            assertThat(state(a)).isEqualTo("paused");
            actions.run(ContainerAction.UNPAUSE, List.of(a), ActionOptions.defaults(), null).get(30, TimeUnit.SECONDS);
            actions.run(ContainerAction.KILL, List.of(a), ActionOptions.defaults(), null).get(30, TimeUnit.SECONDS);
            assertThat(ENV.docker("inspect", "-f", "{{.State.ExitCode}}", a)).isEqualTo("137");

            List<ContainerActionResult> removed = actions.run(ContainerAction.REMOVE, List.of(a, b),
                    ActionOptions.defaults().withRemoveVolumes(true), null).get(30, TimeUnit.SECONDS);
            assertThat(removed).allMatch(ContainerActionResult::succeeded);
            assertThat(ENV.docker("ps", "-aq", "--filter", "name=" + run)).isEmpty();
            assertThat(ENV.docker("volume", "ls", "-q")).doesNotContain(anon);
        }
        List<JournalEntry> entries = journal.readAll();
        assertThat(entries).extracting(JournalEntry::event).containsSubsequence("container.stop", "container.start",
                "container.pause", "container.unpause", "container.kill", "container.rm");
        JournalEntry first = entries.get(0);
        assertThat(first.host()).isEqualTo(run + "-host");
        assertThat(first.environment()).isEqualTo("development");
        assertThat(first.user()).isEqualTo(JournalEntry.currentUser());
        assertThat(entries).anyMatch(e -> e.details().get("result").equals("failed") && e.details().get("container").equals(run + "-missing"));
    }

    @Test
    void productionNeedsTheNameTypedOut() throws Exception {
        String a = run + "-prod";
        start(a);
        Journal journal = new Journal(home.resolve("journal.jsonl"));
        try (HostSession session = session(Environment.PRODUCTION);
             ContainerActions actions = new ContainerActions(session, journal, new ProductionGuard())) {
            ContainerActionResult refused = actions.run(ContainerAction.STOP, List.of(a), ActionOptions.defaults(), "yes")
                    .get(30, TimeUnit.SECONDS).get(0);
            assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(refused.message()).contains("production").contains("\"yes\" is not \"" + run + "-host\"");
            assertThat(state(a)).isEqualTo("running");

            ContainerActionResult done = actions.run(ContainerAction.STOP, List.of(a), ActionOptions.defaults(), run + "-host ")
                    .get(30, TimeUnit.SECONDS).get(0);
            assertThat(done.outcome()).isEqualTo(Outcome.DONE);
            assertThat(state(a)).isEqualTo("exited");
        }
        assertThat(journal.readAll()).extracting(e -> e.details().get("result")).containsExactly("refused", "done");
        assertThat(journal.readAll()).allMatch(e -> e.environment().equals("production"));
    }
}
