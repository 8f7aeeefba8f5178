package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse inventory and pilothouse container against the test engine. */
class ContainerCommandsIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "cli" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (String c : made) {
            try {
                env.docker("rm", "-f", "-v", c);
            } catch (RuntimeException ignored) {
                // already removed
            }
        }
    }

    private String start(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--label", "io.pilothouse.test=true", "--name", name));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of(env.image(), "sleep", "3600"));
        made.add(name);
        return env.docker(cmd.toArray(String[]::new));
    }

    private CliRunner withHost(String name, String environment) {
        CliRunner cli = new CliRunner(root);
        CliRunner.Result add = cli.run("hosts", "add", name, "--url", "unix://" + env.dockerSock(), "--environment", environment);
        assertThat(add.exit()).as(add.err()).isZero();
        return cli;
    }

    private String state(String name) {
        return env.docker("inspect", "-f", "{{.State.Status}}", name);
    }

    @Test
    void inventoryJsonShowsStacksContainersAndVolumes() throws Exception {
        String web = run + "-web";
        String vol = run + "-data";
        made.add(web);
        start(web, "--label", "com.docker.compose.project=" + run, "--label", "com.docker.compose.service=web",
                "-v", vol + ":/data");
        CliRunner cli = withHost("local", "development");
        CliRunner.Result r = cli.run("inventory", "local", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode stack = find(root.get("stacks"), "name", run);
        assertThat(stack.get("kind").asText()).isEqualTo("compose");
        assertThat(stack.get("containers").get(0).asText()).isEqualTo(web);
        JsonNode c = find(root.get("containers"), "name", web);
        assertThat(c.get("state").asText()).isEqualTo("running");
        assertThat(c.get("health").asText()).isEqualTo("none");
        assertThat(c.get("service").asText()).isEqualTo("web");
        JsonNode v = find(root.get("volumes"), "name", vol);
        assertThat(v.get("kind").asText()).isEqualTo("named");
        assertThat(v.get("class").asText()).isEqualTo("stateful");
        assertThat(v.get("users").get(0).asText()).isEqualTo(web);
        env.docker("rm", "-f", web);
        env.docker("volume", "rm", "-f", vol);
    }

    @Test
    void inventoryTextListsTheContainer() {
        String one = run + "-one";
        start(one);
        CliRunner cli = withHost("local", "development");
        CliRunner.Result r = cli.run("inventory", "local");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CONTAINERS (no stack)").containsPattern(one + " running up \\d+s");
    }

    @Test
    void stopOnProductionIsRefusedWithoutTheTypedName() {
        String c = run + "-prod";
        start(c);
        CliRunner cli = withHost("shop-prod", "production");

        CliRunner.Result missing = cli.run("container", "stop", "shop-prod", c, "--yes");
        assertThat(missing.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(missing.err()).contains("production host").contains("--confirm-host shop-prod");

        CliRunner.Result wrong = cli.run("container", "stop", "shop-prod", c, "--yes", "--confirm-host", "shop");
        assertThat(wrong.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(wrong.err()).contains("refused");
        assertThat(state(c)).isEqualTo("running");

        CliRunner.Result ok = cli.run("container", "stop", "shop-prod", c, "--yes", "--confirm-host", "shop-prod");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(c + ": stopped");
        assertThat(state(c)).isEqualTo("exited");

        List<JournalEntry> journal = new Journal(cli.dirs.journalFile()).readAll();
        assertThat(journal).filteredOn(e -> e.event().equals("container.stop"))
                .extracting(e -> e.details().get("result")).containsExactly("refused", "done");
    }

    @Test
    void withoutATerminalAndWithoutYesNothingHappens() {
        String c = run + "-dev";
        start(c);
        CliRunner cli = withHost("local", "development");
        CliRunner.Result r = cli.run("container", "kill", "local", c);
        assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).contains("without a terminal").contains("--yes");
        assertThat(state(c)).isEqualTo("running");

        cli.interactive = true;
        cli.answers.add("n");
        assertThat(cli.run("container", "kill", "local", c).exit()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(state(c)).isEqualTo("running");
        cli.answers.add("y");
        CliRunner.Result yes = cli.run("container", "rm", "local", c, "--force", "--volumes");
        assertThat(yes.exit()).as(yes.err()).isZero();
        assertThat(cli.prompts.get(cli.prompts.size() - 1)).contains("Remove 1 container on local");
        assertThat(env.docker("ps", "-aq", "--filter", "name=" + c)).isEmpty();

        CliRunner.Result gone = cli.run("container", "start", "local", c, "--yes");
        assertThat(gone.exit()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(gone.err()).contains("There is no container \"" + c + "\"");
    }

    @Test
    void watchPrintsOneLinePerChange() throws Exception {
        CliRunner cli = withHost("local", "development");
        java.util.concurrent.CompletableFuture<CliRunner.Result> watching =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> cli.run("watch", "local", "--for", "6"));
        Thread.sleep(2500);
        String c = run + "-watched";
        start(c);
        env.docker("stop", "-t", "1", c);
        CliRunner.Result r = watching.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("watching local:");
        assertThat(r.out()).containsPattern("\\+ container " + c + " running");
        assertThat(r.out()).containsPattern("~ container " + c + " exited \\(was running\\)|~ container " + c + " exited");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.path(field).asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }
}
