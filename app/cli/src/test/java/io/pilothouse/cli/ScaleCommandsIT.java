package io.pilothouse.cli;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse scale and pilothouse nodes against the test engines. */
class ScaleCommandsIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "scl-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String[]> undo = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            try {
                env.docker(undo.get(i));
            } catch (RuntimeException ignored) {
                // gone already
            }
        }
    }

    private CliRunner withHost(String name, String socket) {
        CliRunner cli = new CliRunner(root);
        CliRunner.Result add = cli.run("hosts", "add", name, "--url", "unix://" + socket, "--environment", "development");
        assertThat(add.exit()).as(add.err()).isZero();
        return cli;
    }

    private String service(String name, int replicas, String... labels) {
        List<String> cmd = new ArrayList<>(List.of("service", "create", "-d", "--label", "io.pilothouse.test=true",
                "--endpoint-mode", "dnsrr", "--stop-grace-period", "1s", "--name", name, "--replicas", Integer.toString(replicas)));
        cmd.addAll(List.of(labels));
        cmd.addAll(List.of(env.registry() + "/testenv/busybox:1", "sleep", "3600"));
        undo.add(new String[]{"service", "rm", name});
        return env.docker(cmd.toArray(String[]::new));
    }

    @Test
    void scale_shows_the_steps_runs_them_and_refuses_what_would_lose_a_quorum() {
        String web = run + "-web";
        service(web, 1);
        CliRunner cli = withHost("local", env.dockerSock());

        CliRunner.Result up = cli.run("scale", "local", web, "3", "--step", "2", "--yes");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("Scale service " + web + " from 1 to 3 replicas on local:",
                "1. Scale " + web + " from 1 to 3 replicas and wait until 3 run");
        assertThat(env.docker("service", "inspect", "-f", "{{.Spec.Mode.Replicated.Replicas}}", web)).isEqualTo("3");

        CliRunner.Result noTerminal = cli.run("scale", "local", web, "1", "--interval", "0");
        assertThat(noTerminal.exit()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("without a terminal to ask: add --yes. Nothing was done.");

        String etcd = run + "-etcd";
        service(etcd, 3, "--label", "io.pilothouse.quorum=majority");
        CliRunner.Result refused = cli.run("scale", "local", etcd, "1", "--yes");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(etcd + " is a quorum service (io.pilothouse.quorum=majority): 1 replicas are fewer"
                + " than a majority of its 3 members (2)");
        assertThat(env.docker("service", "inspect", "-f", "{{.Spec.Mode.Replicated.Replicas}}", etcd)).isEqualTo("3");

        CliRunner.Result missing = cli.run("scale", "local", run + "-none", "2", "--yes");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no swarm service \"" + run + "-none\" on this host.");
    }

    @Test
    void scale_with_a_proxy_runs_replicas_behind_the_real_nginx() {
        String net = run + "-net";
        String app = run + "-app";
        String proxy = run + "-proxy";
        env.docker("network", "create", "--label", "io.pilothouse.test=true", net);
        undo.add(new String[]{"network", "rm", net});
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", app, "--network", net, "--expose", "80",
                env.image(), "sh", "-c", "hostname > /var/www/index.html; exec httpd -f -p 80 -h /var/www");
        undo.add(new String[]{"rm", "-f", app});
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", proxy, "--network", net, "testenv/debian-nginx:1");
        undo.add(new String[]{"rm", "-f", proxy});
        undo.add(new String[]{"rm", "-f", app + "-2"});
        CliRunner cli = withHost("local", env.dockerSock());

        CliRunner.Result asService = cli.run("scale", "local", app, "2", "--yes");
        assertThat(asService.exit()).isEqualTo(2);
        assertThat(asService.err()).contains(app + " is a container, not a swarm service: add --proxy PROXY_CONTAINER");

        CliRunner.Result r = cli.run("scale", "local", app, "2", "--proxy", proxy, "--drain", "0", "--yes");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Scale " + app + " from 1 to 2 replicas behind proxy " + proxy + " on local:",
                "1. Create replica " + app + "-2");
        assertThat(env.docker("inspect", "-f", "{{.State.Running}}", app + "-2")).isEqualTo("true");
        String answer = env.docker("exec", proxy, "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080; printf 'GET / HTTP/1.0\\r\\n\\r\\n' >&3; cat <&3");
        assertThat(answer).startsWith("HTTP/1.1 200");

        CliRunner.Result down = cli.run("scale", "local", app, "1", "--proxy", proxy, "--drain", "0", "--yes");
        assertThat(down.exit()).as(down.out() + down.err()).isZero();
        assertThat(env.docker("ps", "-aq", "--filter", "name=^" + app + "-2$")).isEmpty();

        CliRunner.Result bad = cli.run("scale", "local", app, "2", "--proxy", proxy, "--step", "2", "--yes");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--step, --interval and --force are for swarm services, not with --proxy.");
    }

    @Test
    void nodes_lists_the_swarm_and_drains_and_activates_a_node_of_the_second_engine() {
        CliRunner shared = withHost("local", env.dockerSock());
        CliRunner.Result list = shared.run("nodes", "local");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("HOSTNAME", "AVAILABILITY", "manager*");
        CliRunner.Result unknown = shared.run("nodes", "local", "drain", run + "-nowhere", "--yes");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no swarm node \"" + run + "-nowhere\" on this host");
        CliRunner.Result badAction = shared.run("nodes", "local", "reboot", "x");
        assertThat(badAction.exit()).isEqualTo(2);
        assertThat(badAction.err()).contains("\"reboot\" is not a node availability: use active, pause or drain");

        TestEnv second = TestEnv.restartable();
        String node = second.docker("node", "ls", "-q").lines().findFirst().orElseThrow();
        try {
            CliRunner cli = new CliRunner(root.resolve("second"));
            assertThat(cli.run("hosts", "add", "second", "--url", "unix://" + second.dockerSock(), "--environment", "development")
                    .exit()).isZero();
            CliRunner.Result drain = cli.run("nodes", "second", "drain", node, "--yes");
            assertThat(drain.exit()).as(drain.err()).isZero();
            assertThat(drain.out()).contains("warning: ", "is the only active node");
            assertThat(second.docker("node", "inspect", "-f", "{{.Spec.Availability}}", node)).isEqualTo("drain");
            CliRunner.Result activate = cli.run("nodes", "second", "activate", node, "--yes");
            assertThat(activate.exit()).as(activate.err()).isZero();
            assertThat(second.docker("node", "inspect", "-f", "{{.Spec.Availability}}", node)).isEqualTo("active");
        } finally {
            second.docker("node", "update", "--availability", "active", node);
        }
    }
}
