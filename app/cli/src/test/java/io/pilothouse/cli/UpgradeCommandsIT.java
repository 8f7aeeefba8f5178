package io.pilothouse.cli;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse upgrade and pilothouse rollback against the test engine. */
class UpgradeCommandsIT {

    private final TestEnv env = TestEnv.get();
    private final String name = "pth-upg-cli" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        try {
            for (String id : env.docker("ps", "-aq", "--filter", "name=" + name).split("\\s+")) {
                if (!id.isBlank()) {
                    env.docker("rm", "-f", "-v", id);
                }
            }
        } catch (RuntimeException ignored) {
            // already removed
        }
    }

    private CliRunner withHost(String environment) {
        CliRunner cli = new CliRunner(root);
        CliRunner.Result add = cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock(), "--environment", environment);
        assertThat(add.exit()).as(add.err()).isZero();
        return cli;
    }

    private void start() {
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, "-e", "KEEP=me",
                env.registry() + "/testenv/busybox:1", "sleep", "3600");
    }

    private String release() {
        return env.docker("exec", name, "cat", "/etc/testenv-release");
    }

    @Test
    void upgradeThenRollBackToThePreviousImage() {
        start();
        CliRunner cli = withHost("development");
        CliRunner.Result up = cli.run("upgrade", "local", name, "--image", ":2", "--settle", "1", "--yes");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("Pull " + env.registry() + "/testenv/busybox:2")
                .contains("label org.opencontainers.image.version: 1 -> 2").contains("done");
        assertThat(release()).isEqualTo("2");
        assertThat(env.docker("inspect", "-f", "{{.Config.Image}} {{range .Config.Env}}{{.}} {{end}}", name))
                .startsWith(env.registry() + "/testenv/busybox:2").contains("KEEP=me");

        CliRunner.Result back = cli.run("rollback", "local", name, "--yes");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(release()).isEqualTo("1");
        assertThat(env.docker("inspect", "-f", "{{.Config.Image}}", name)).isEqualTo(env.registry() + "/testenv/busybox:1");
    }

    @Test
    void anUpgradeOrRollbackOnABusyHostIsRefusedWithExitTwoAndChangesNothing() {
        start();
        CliRunner cli = withHost("development");
        CliRunner.Result up = cli.run("upgrade", "local", name, "--image", ":2", "--settle", "1", "--yes");
        assertThat(up.exit()).as(up.err()).isZero();
        io.pilothouse.core.host.HostProfile profile = new io.pilothouse.core.profiles.ProfileStore(cli.dirs.profilesFile()).load()
                .profiles().stream().filter(p -> p.name().equals("local")).findFirst().orElseThrow();
        try (io.pilothouse.core.ops.HostLock held = io.pilothouse.core.ops.HostLock.acquire(cli.dirs.locksDir(), profile,
                new io.pilothouse.core.ops.Plan("backup-nightly", "backup", profile.id(), "Nightly backup", java.util.List.of()))) {
            CliRunner.Result busy = cli.run("upgrade", "local", name, "--image", ":1", "--settle", "1", "--yes");
            assertThat(busy.exit()).isEqualTo(ExitStatus.USAGE.code());
            assertThat(busy.err()).contains("local is busy with \"Nightly backup\" (plan backup-nightly, process")
                    .contains("nothing was done");
            CliRunner.Result busyBack = cli.run("rollback", "local", name, "--yes");
            assertThat(busyBack.exit()).isEqualTo(ExitStatus.USAGE.code());
            assertThat(busyBack.err()).contains("local is busy with \"Nightly backup\"");
        }
        assertThat(release()).isEqualTo("2");
    }

    @Test
    void aFailedUpgradeExitsFourAndLeavesTheContainerRunning() {
        start();
        String id = env.docker("inspect", "-f", "{{.Id}}", name);
        CliRunner cli = withHost("development");
        CliRunner.Result r = cli.run("upgrade", "local", name, "--image", ":no-such-tag", "--yes");
        assertThat(r.exit()).isEqualTo(ExitStatus.FAILED_UNDONE.code());
        assertThat(r.err()).contains("Pulling " + env.registry() + "/testenv/busybox:no-such-tag failed");
        assertThat(env.docker("inspect", "-f", "{{.Id}} {{.State.Running}}", name)).isEqualTo(id + " true");
    }

    @Test
    void badInputIsRefusedWithASentenceAndNothingIsDone() {
        start();
        String id = env.docker("inspect", "-f", "{{.Id}}", name);
        CliRunner cli = withHost("development");
        CliRunner.Result missing = cli.run("upgrade", "local", name + "-missing", "--yes");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no container \"" + name + "-missing\"");
        CliRunner.Result strategy = cli.run("upgrade", "local", name, "--strategy", "sideways", "--yes");
        assertThat(strategy.exit()).isEqualTo(2);
        assertThat(strategy.err()).contains("Unknown strategy \"sideways\"");
        CliRunner.Result tag = cli.run("upgrade", "local", name, "--image", ":bad tag!", "--yes");
        assertThat(tag.exit()).isEqualTo(2);
        assertThat(tag.err()).contains("is not a valid tag");
        CliRunner.Result timeout = cli.run("upgrade", "local", name, "--health-timeout", "0", "--yes");
        assertThat(timeout.exit()).isEqualTo(2);
        assertThat(timeout.err()).contains("health timeout must be more than 0 s");
        CliRunner.Result noTerminal = cli.run("upgrade", "local", name, "--image", ":2");
        assertThat(noTerminal.exit()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("add --yes");
        CliRunner.Result noHistory = cli.run("rollback", "local", name, "--yes");
        assertThat(noHistory.exit()).isEqualTo(2);
        assertThat(noHistory.err()).contains("The journal has no upgrade of " + name);
        env.docker("run", "-d", "--rm", "--label", "io.pilothouse.test=true", "--name", name + "-rm", env.image(), "sleep", "3600");
        CliRunner.Result autoRemove = cli.run("upgrade", "local", name + "-rm", "--image", ":2", "--yes");
        assertThat(autoRemove.exit()).isEqualTo(2);
        assertThat(autoRemove.err()).contains("was started with --rm");
        assertThat(env.docker("inspect", "-f", "{{.State.Running}}", name + "-rm")).isEqualTo("true");
        assertThat(env.docker("inspect", "-f", "{{.Id}} {{.State.Running}}", name)).isEqualTo(id + " true");
    }

    @Test
    void aServiceIsUpdatedRollingAndRolledBack() {
        env.docker("service", "create", "--detach", "--name", name + "-svc", "--label", "io.pilothouse.test=true",
                "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr", "--replicas", "1",
                env.registry() + "/testenv/busybox:1", "sleep", "3600");
        try {
            CliRunner cli = withHost("development");
            CliRunner.Result badAction = cli.run("upgrade", "local", name + "-svc", "--strategy", "rolling",
                    "--failure-action", "explode", "--yes");
            assertThat(badAction.exit()).isEqualTo(2);
            assertThat(badAction.err()).contains("The failure action must be rollback, pause or continue, not \"explode\"");
            CliRunner.Result window = cli.run("upgrade", "local", name + "-svc", "--strategy", "window", "--yes");
            assertThat(window.exit()).isEqualTo(2);
            assertThat(window.err()).contains("is a swarm service");

            CliRunner.Result up = cli.run("upgrade", "local", name + "-svc", "--strategy", "rolling", "--image", ":2",
                    "--update-order", "stop-first", "--monitor", "1", "--yes");
            assertThat(up.exit()).as(up.err()).isZero();
            assertThat(up.out()).contains("Rolling update of service " + name + "-svc").contains("stop-first");
            assertThat(env.docker("service", "inspect", "-f", "{{.Spec.TaskTemplate.ContainerSpec.Image}}", name + "-svc"))
                    .startsWith(env.registry() + "/testenv/busybox:2@sha256:");

            CliRunner.Result back = cli.run("rollback", "local", name + "-svc", "--yes");
            assertThat(back.exit()).as(back.err()).isZero();
            assertThat(env.docker("service", "inspect", "-f", "{{.Spec.TaskTemplate.ContainerSpec.Image}}", name + "-svc"))
                    .startsWith(env.registry() + "/testenv/busybox:1");
        } finally {
            env.docker("service", "rm", name + "-svc");
        }
    }

    @Test
    void theWindowStrategyNeedsAStack() {
        start();
        CliRunner cli = withHost("development");
        CliRunner.Result r = cli.run("upgrade", "local", name, "--strategy", "window", "--yes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("The window strategy upgrades a stack, and there is no stack \"" + name + "\"");
        CliRunner.Result drain = cli.run("upgrade", "local", name, "--strategy", "blue-green", "--drain", "-1", "--yes");
        assertThat(drain.exit()).isEqualTo(2);
        assertThat(drain.err()).contains("The drain time cannot be negative");
        CliRunner.Result noAlias = cli.run("upgrade", "local", name, "--strategy", "blue-green", "--yes");
        assertThat(noAlias.exit()).isEqualTo(2);
        assertThat(noAlias.err()).contains("has no network alias on a user-defined network");
    }

    @Test
    void productionNeedsTheHostNameTypedOut() {
        start();
        CliRunner cli = withHost("production");
        CliRunner.Result r = cli.run("upgrade", "local", name, "--image", ":2", "--yes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("production host").contains("--confirm-host local");
        CliRunner.Result wrong = cli.run("upgrade", "local", name, "--image", ":2", "--yes", "--confirm-host", "other");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(release()).isEqualTo("1");
        CliRunner.Result ok = cli.run("upgrade", "local", name, "--image", ":2", "--settle", "1", "--yes", "--confirm-host", "local");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(release()).isEqualTo("2");
    }
}
