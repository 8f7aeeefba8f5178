package io.pilothouse.cli;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BackupCommandsIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "pth-bak-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (String c : containers) {
            try { env.docker("rm", "-f", c); } catch (RuntimeException ignored) { /* gone */ }
        }
        for (String v : volumes) {
            try { env.docker("volume", "rm", "-f", v); } catch (RuntimeException ignored) { /* gone */ }
        }
    }

    private CliRunner withHost(String name, String environment) {
        CliRunner cli = new CliRunner(root);
        assertThat(cli.run("hosts", "add", name, "--url", "unix://" + env.dockerSock(), "--environment", environment).exit())
                .isZero();
        return cli;
    }

    /** A labelled volume filled by {@code fill} (sh, the volume at /v) and a running container {@code user} mounting it. */
    private void volumeInUse(String volume, String fill, String user) {
        volumes.add(volume);
        env.docker("volume", "create", "--label", "io.pilothouse.test=true", volume);
        env.docker("run", "--rm", "-v", volume + ":/v", env.image(), "sh", "-c", fill);
        containers.add(user);
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", user, "-v", volume + ":/data", env.image(),
                "sleep", "3600");
    }

    @Test
    void backupListVerifyRestoreAndPruneFromTheCommandLine() throws Exception {
        String data = run + "-data";
        String app = run + "-app";
        volumeInUse(data, "echo hello > /v/greeting; mkdir /v/empty", app);
        CliRunner cli = withHost("prod", "production");
        Path dir = root.resolve("backups");

        CliRunner.Result refused = cli.run("backup", "prod", "--volume", data, "--consistency", "stop", "--to", dir.toString(), "--yes");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("production host").contains("--confirm-host prod").contains("Nothing was done");
        assertThat(env.docker("inspect", "-f", "{{.State.Status}}", app)).isEqualTo("running");

        CliRunner.Result done = cli.run("backup", "prod", "--volume", data, "--consistency", "stop", "--to", dir.toString(),
                "--yes", "--confirm-host", "prod");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains("Stop " + app).contains("Start " + app + " again").contains("sha256:");
        assertThat(env.docker("inspect", "-f", "{{.State.Status}}", app)).isEqualTo("running");

        CliRunner.Result list = cli.run("backups", "list", "--dir", dir.toString());
        assertThat(list.out()).contains(data).contains(".tar.zst").contains("stop");
        CliRunner.Result verify = cli.run("backups", "verify", "--dir", dir.toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains(": OK (");

        String archive;
        try (var files = Files.list(dir)) {
            archive = files.filter(p -> p.toString().endsWith(".tar.zst")).findFirst().orElseThrow().toString();
        }
        String copy = run + "-copy";
        volumes.add(copy);
        CliRunner.Result restored = cli.run("restore", "prod", "--from", archive, "--new-volume", copy, "--yes",
                "--confirm-host", "prod");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(env.docker("run", "--rm", "-v", copy + ":/v", env.image(), "cat", "/v/greeting")).isEqualTo("hello");

        CliRunner.Result again = cli.run("restore", "prod", "--from", archive, "--new-volume", copy, "--yes", "--confirm-host", "prod");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");

        CliRunner.Result preview = cli.run("backups", "prune", "--keep-last", "0", "--dir", dir.toString());
        assertThat(preview.exit()).isEqualTo(2);
        assertThat(preview.out()).contains("delete  ");
        assertThat(preview.err()).contains("add --yes");
        assertThat(cli.run("backups", "list", "--dir", dir.toString()).out()).contains(data);
        assertThat(cli.run("backups", "prune", "--keep-last", "0", "--dir", dir.toString(), "--yes").exit()).isZero();
        assertThat(cli.run("backups", "list", "--dir", dir.toString()).out()).contains("No backups");
    }

    @Test
    void aSavedBackupPlanRunsUnchangedWithPlanRun() throws Exception {
        String data = run + "-nightly";
        String app = run + "-night-app";
        volumeInUse(data, "echo night > /v/file", app);
        CliRunner cli = withHost("dev", "development");
        Path dir = root.resolve("nightly");
        Path saved = root.resolve("nightly.yaml");

        CliRunner.Result save = cli.run("backup", "dev", "--volume", data, "--consistency", "stop", "--to", dir.toString(),
                "--save-plan", saved.toString());
        assertThat(save.exit()).as(save.err()).isZero();
        assertThat(Files.exists(dir)).isFalse();

        CliRunner.Result ran = cli.run("plan", "run", saved.toString(), "--yes");
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("Stop " + app);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(data) && n.endsWith(".tar.zst"));
        }
        assertThat(env.docker("inspect", "-f", "{{.State.Status}}", app)).isEqualTo("running");
        assertThat(cli.run("backups", "verify", "--dir", dir.toString()).exit()).isZero();
    }

    @Test
    void badInputGetsASentenceAndChangesNothing() throws Exception {
        CliRunner cli = withHost("dev", "development");
        CliRunner.Result noScope = cli.run("backup", "dev");
        assertThat(noScope.exit()).isEqualTo(2);
        assertThat(noScope.err()).contains("Say what to back up");
        CliRunner.Result mode = cli.run("backup", "dev", "--all", "--consistency", "freeze");
        assertThat(mode.exit()).isEqualTo(2);
        assertThat(mode.err()).contains("Unknown consistency mode \"freeze\"");
        CliRunner.Result missing = cli.run("backup", "dev", "--volume", run + "-nope");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no volume named " + run + "-nope");
        CliRunner.Result from = cli.run("restore", "dev", "--from", "nothing-here.tar.zst", "--new-volume", run + "-x",
                "--dir", root.resolve("empty").toString());
        assertThat(from.exit()).isEqualTo(2);
        assertThat(from.err()).contains("There is no backup named nothing-here.tar.zst");
        Path saved = root.resolve("nightly.yaml");
        CliRunner.Result save = cli.run("backup", "dev", "--stack", "shop", "--consistency", "stop", "--save-plan", saved.toString());
        assertThat(save.exit()).isZero();
        assertThat(Files.readString(saved)).contains("kind: backup").contains("stack: shop").contains("consistency: stop");
    }
}
