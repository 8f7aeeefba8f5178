package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Standalone replicas behind the real nginx of testenv/debian-nginx:1. */
class ReplicasIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "scl-" + UUID.randomUUID().toString().substring(0, 8);
    private final String net = run + "-net";
    private final String app = run + "-app";
    private final String proxy = run + "-proxy";
    private final List<String> containers = new ArrayList<>();
    private final HostProfile host = HostProfile.create("scl-local", new UnixSocketTransport(ENV.dockerSock()),
            Environment.DEVELOPMENT);

    @TempDir Path home;

    @BeforeEach
    void startAppAndProxy() {
        ENV.docker("network", "create", "--label", "io.pilothouse.test=true", net);
        containers.add(app);
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", app, "--network", net, "--expose", "80",
                ENV.image(), "sh", "-c", "hostname > /var/www/index.html; exec httpd -f -p 80 -h /var/www");
        containers.add(proxy);
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", proxy, "--network", net, "testenv/debian-nginx:1");
    }

    @AfterEach
    void cleanUp() {
        for (String c : ENV.docker("ps", "-aq", "--filter", "label=" + Replica.LABEL + "=" + app).lines().toList()) {
            quietly("rm", "-f", "-v", c);
        }
        for (String c : containers) {
            quietly("rm", "-f", "-v", c);
        }
        quietly("network", "rm", net);
    }

    private static void quietly(String... args) {
        try {
            ENV.docker(args);
        } catch (RuntimeException ignored) {
            // gone already
        }
    }

    private HostSession session() {
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private PlanResult run(Plan plan, HostSession session) {
        return new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard()).withHostLocks(home.resolve("locks"))
                .run(plan, host, null, new PlanListener() { }, new CancelToken(), new DockerChangeReverter(session.docker()));
    }

    /** A client container with its own address on the network. */
    private String client() {
        String client = run + "-client-" + UUID.randomUUID().toString().substring(0, 4);
        containers.add(client);
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", client, "--network", net, ENV.image(), "sleep", "600");
        return client;
    }

    private String address(String client) {
        return ENV.docker("inspect", "-f", "{{(index .NetworkSettings.Networks \"" + net + "\").IPAddress}}", client);
    }

    /** What the client gets from the proxy: the answering replica's host name. */
    private String ask(String client) {
        return ENV.docker("exec", client, "sh", "-c", "timeout 5 wget -q -O- http://" + proxy + ":8080/ || echo failed");
    }

    private List<String> answersFromAClient(int requests) {
        String client = client();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            out.add(ask(client));
        }
        return out;
    }

    private String shortId(String container) {
        return ENV.docker("inspect", "-f", "{{.Id}}", container).substring(0, 12);
    }

    private String proxyFile() {
        return ENV.docker("exec", proxy, "sh", "-c", "cat " + NginxProxy.configPath(app) + " 2>/dev/null || echo none");
    }

    @Test
    void replicas_come_up_behind_the_proxy_each_client_stays_on_one_and_scaling_down_drains_them_first() throws Exception {
        try (HostSession session = session()) {
            Plan up = PlanFactoryRegistry.standard().build(new ReplicasRequest(host.name(), app, 3, proxy, null, 8080, 1), session);
            assertThat(up.steps()).extracting(s -> s.description().split(" \\(")[0]).containsExactly(
                    "Create replica " + app + "-2", "Create replica " + app + "-3", "Point proxy " + proxy);
            PlanResult result = run(up, session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
        }
        Set<String> replicaIds = Set.of(shortId(app), shortId(app + "-2"), shortId(app + "-3"));
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}} {{index .Config.Labels \"" + Replica.LABEL + "\"}}",
                app + "-3")).isEqualTo("true " + app);
        assertThat(ENV.docker("inspect", "-f", "{{json .NetworkSettings.Networks}}", app + "-2")).contains(net);
        assertThat(proxyFile()).contains("ip_hash;", "server " + app + ":80", "server " + app + "-2:80", "server " + app + "-3:80");

        String clientA = client();
        String clientB = client();
        assertThat(address(clientA)).isNotEqualTo(address(clientB));
        List<String> fromA = new ArrayList<>();
        List<String> fromB = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fromA.add(ask(clientA));
            fromB.add(ask(clientB));
        }
        for (List<String> answers : List.of(fromA, fromB)) {
            assertThat(answers).doesNotContain("failed");
            assertThat(Set.copyOf(answers)).as("one client, one replica: " + answers).hasSize(1);
            assertThat(replicaIds).contains(answers.get(0));
        }

        try (HostSession session = session()) {
            Plan down = new ReplicasPlanFactory().build(new ReplicasRequest(host.name(), app, 1, proxy, null, 8080, 1), session);
            assertThat(down.steps()).extracting(s -> s.description().split(" ")[0] + " " + s.description().split(" ")[1])
                    .containsExactly("Point proxy", "Wait 1", "Stop replica", "Stop replica", "Remove replica", "Remove replica");
            PlanResult result = run(down, session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
        }
        assertThat(ENV.docker("ps", "-aq", "--filter", "label=" + Replica.LABEL + "=" + app)).isEmpty();
        assertThat(proxyFile()).contains("server " + app + ":80").doesNotContain(app + "-2");
        assertThat(answersFromAClient(3)).containsOnly(shortId(app));
    }

    @Test
    void a_configuration_nginx_refuses_is_never_loaded_and_the_plan_takes_the_replicas_back() throws Exception {
        try (HostSession session = session()) {
            PlanResult result = run(new ReplicasPlanFactory().build(new ReplicasRequest(host.name(), app, 1, proxy, 80, 8080, 0),
                    session), session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            String good = proxyFile();

            NginxProxy nginx = new NginxProxy(session.docker(), proxy);
            assertThatThrownBy(() -> nginx.apply(NginxProxy.configPath(app), "upstream broken { ip_hash; server ; }\n"))
                    .isInstanceOf(ProxyConfigRejected.class)
                    .hasMessageContaining("nginx -t in " + proxy + " refused the new configuration, so it was not loaded");
            assertThat(proxyFile()).isEqualTo(good);
            assertThat(answersFromAClient(2)).containsOnly(shortId(app));

            // the proxy loses the network between preview and run: the new upstream's names do not resolve
            Plan plan = new ReplicasPlanFactory().build(new ReplicasRequest(host.name(), app, 2, proxy, 80, 8080, 0), session);
            ENV.docker("network", "disconnect", net, proxy);
            result = run(plan, session);
            assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.FAILED_UNDONE);
            assertThat(result.steps().stream().filter(s -> !s.message().isEmpty()).findFirst().orElseThrow().message())
                    .contains("refused the new configuration", "host not found");
            assertThat(proxyFile()).isEqualTo(good);
            assertThat(ENV.docker("ps", "-aq", "--filter", "label=" + Replica.LABEL + "=" + app)).as("replica removed").isEmpty();
            ENV.docker("network", "connect", net, proxy);
            assertThat(answersFromAClient(2)).containsOnly(shortId(app));
        }
    }

    @Test
    void bad_requests_are_refused_with_a_sentence() throws Exception {
        try (HostSession session = session()) {
            ReplicasPlanFactory factory = new ReplicasPlanFactory();
            assertThatThrownBy(() -> factory.build(ReplicasRequest.of(host.name(), run + "-none", 2, proxy), session))
                    .hasMessage("There is no container \"" + run + "-none\" on this host.");
            assertThatThrownBy(() -> factory.build(ReplicasRequest.of(host.name(), proxy, 2, app), session))
                    .hasMessageContaining(app + " does not run nginx");
            assertThatThrownBy(() -> ReplicasRequest.of(host.name(), app, 0, proxy))
                    .hasMessage("The replicas must be between 1 and 100 (the original counts), not 0");
            String lonely = run + "-lonely";
            containers.add(lonely);
            ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", lonely, ENV.image(), "sleep", "600");
            assertThatThrownBy(() -> factory.build(ReplicasRequest.of(host.name(), lonely, 2, proxy), session))
                    .hasMessage("The proxy " + proxy + " and " + lonely + " share no user-defined network, so the proxy cannot"
                            + " reach the replicas by name: connect both to one network first.");
        }
    }
}
