package io.pilothouse.cli;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse plan run in its own process, interrupted with SIGINT mid-plan: undone, exit 130. */
class PlanRunInterruptIT {

    private final TestEnv env = TestEnv.get();
    private final String container = "pth-ops-int-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        env.docker("rm", "-f", container);
    }

    @Test
    void ctrl_c_cancels_the_plan_undoes_it_and_exits_130() throws Exception {
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", container, env.image(), "sleep", "3600");
        CliRunner cli = new CliRunner(root);
        assertThat(cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock()).exit()).isZero();
        Path plan = root.resolve("restart.yaml");
        Files.writeString(plan, "kind: restart-containers\nhost: local\ncontainers: [" + container + "]\nstopTimeoutSeconds: 1\npauseSeconds: 60\n");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PilothouseCli.class.getName(),
                "plan", "run", plan.toString(), "--yes").redirectError(root.resolve("err.txt").toFile());
        pb.environment().put("XDG_CONFIG_HOME", root.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", root.resolve("data").toString());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("> 2. Wait 60 s")) {
                break;
            }
        }
        assertThat(seen).as("the plan reached its pause").contains("> 2. Wait 60 s");
        assertThat(env.docker("inspect", "-f", "{{.State.Running}}", container)).isEqualTo("false");

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        seen.append(new String(p.getInputStream().readAllBytes()));
        String err = Files.readString(root.resolve("err.txt"));
        assertThat(p.exitValue()).as(seen + err).isEqualTo(130);
        assertThat(err).contains("cancelling; undoing what was done", "cancelled. Every finished step was undone");
        assertThat(seen).contains("< undo 1. Stop container " + container);
        assertThat(env.docker("inspect", "-f", "{{.State.Running}}", container)).isEqualTo("true");
    }
}
