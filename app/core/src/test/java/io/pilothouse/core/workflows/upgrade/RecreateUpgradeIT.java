package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Recreating a container on the real engine: every setting kept, and every failure taken back. */
class RecreateUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    UpgradeFixture fx;
    String net;
    String subnetPrefix;

    @BeforeEach
    void setUp() {
        fx = new UpgradeFixture(home);
        subnetPrefix = "10." + ThreadLocalRandom.current().nextInt(160, 250) + "." + ThreadLocalRandom.current().nextInt(0, 255);
        net = fx.network("front", "--subnet", subnetPrefix + ".0/24");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** A web container with data in a named and an anonymous volume, serving its data over HTTP on 8080. */
    private String webContainer(String suffix, String image, List<String> more, String... commandPrefix) {
        String data = fx.volume(suffix + "-data");
        List<String> options = new ArrayList<>(List.of("--network", net, "--network-alias", suffix + "-alias",
                "-v", data + ":/data", "-v", "/anon", "-u", "0:0"));
        options.addAll(more);
        options.add(image);
        List<String> command = new ArrayList<>(List.of(commandPrefix));
        command.addAll(List.of("sh", "-c", "echo named > /data/f; echo anon > /anon/f; exec httpd -f -p 8080 -h /data"));
        String name = fx.container(suffix, options, command.toArray(String[]::new));
        return name;
    }

    private JsonNode inspect(String name) throws Exception {
        return JSON.readTree(fx.docker("inspect", name)).get(0);
    }

    @Test
    void everySettingTheUserMadeSurvivesAndImageDefaultsFollowTheNewImage() throws Exception {
        String second = fx.network("back");
        int port = ThreadLocalRandom.current().nextInt(30000, 39000);
        String name = webContainer("full", fx.registryImage("1"), List.of(
                "--ip", subnetPrefix + ".77",
                "--entrypoint", "/sbin/tini",
                "-e", "FOO=bar", "-e", "EMPTY=",
                "--label", "app.tier=web", "--label", "org.opencontainers.image.title=custom",
                "--mount", "type=tmpfs,destination=/scratch,tmpfs-size=1048576",
                "--tmpfs", "/run/x:size=1m",
                "-p", "127.0.0.1:" + port + ":8080",
                "--restart", "on-failure:3",
                "--health-cmd", "wget -q -O /dev/null http://127.0.0.1:8080/f || exit 1",
                "--health-interval", "1s", "--health-timeout", "2s", "--health-retries", "3", "--health-start-period", "1s",
                "-m", "64m", "--cpus", "0.5", "--pids-limit", "100", "--shm-size", "32m",
                "-w", "/tmp", "--hostname", "web-host", "--domainname", "example.test",
                "--dns", "10.0.0.53", "--dns-search", "example.test", "--dns-option", "ndots:2",
                "--add-host", "db.test:10.1.2.3",
                "--cap-add", "NET_ADMIN", "--cap-drop", "MKNOD",
                "--device", "/dev/null:/dev/xnull",
                "--security-opt", "no-new-privileges",
                "--ulimit", "nofile=1024:2048",
                "--sysctl", "net.ipv4.tcp_keepalive_time=600",
                "--log-opt", "max-size=1m", "--log-opt", "max-file=2",
                "--init", "-t", "-i",
                "--stop-timeout", "7", "--stop-signal", "SIGINT"), "--");
        fx.docker("network", "connect", "--alias", "back-alias", "--alias", "second-alias", second, name);
        awaitHealthy(name);
        JsonNode before = inspect(name);
        String anon = anonymousVolume(before);
        fx.alsoRemove("volume", "rm", "-f", anon);

        RecreatePreview preview = fx.factory().preview(name, ":2", HealthGate.defaults().withTimeout(Duration.ofSeconds(30)), true);
        assertThat(preview.newImage()).isEqualTo(fx.registryImage("2"));
        assertThat(preview.plan().steps()).extracting(s -> s.description()).first().asString().startsWith("Pull ");
        PlanResult result = fx.run(preview);
        assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.SUCCEEDED);

        JsonNode after = inspect(name);
        assertThat(after.path("Id").asText()).isNotEqualTo(before.path("Id").asText());
        assertThat(after.path("Config").path("Image").asText()).isEqualTo(fx.registryImage("2"));
        // the label that came from the image follows the new image; the one the user set stays
        assertThat(after.path("Config").path("Labels").path("org.opencontainers.image.version").asText()).isEqualTo("2");
        assertThat(after.path("Config").path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo("custom");
        // the anonymous volume is the same volume, now named in the host config's mounts
        ArrayNode mounts = (ArrayNode) after.path("HostConfig").path("Mounts");
        assertThat(mounts.toString()).contains("\"Source\":\"" + anon + "\"").contains("\"Target\":\"/anon\"");

        assertThat(normalize(after).toPrettyString()).isEqualTo(normalize(before).toPrettyString());
        // only the old container is gone; its data is served by the new one through the alias
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + name, "--format", "{{.Names}}")).isEqualTo(name);
        assertThat(fx.fetch(net, "http://full-alias:8080/f")).isEqualTo("named");
        assertThat(fx.fetch(net, "http://" + subnetPrefix + ".77:8080/f")).isEqualTo("named");
        assertThat(fx.fetch(second, "http://second-alias:8080/f")).isEqualTo("named");
        assertThat(fx.docker("exec", name, "cat", "/anon/f", "/etc/testenv-release")).isEqualTo("anon\n2");
        assertThat(fx.docker("images", "-q", fx.registryImage("1"))).isNotEmpty();
        List<JournalEntry> entries = fx.journal.readAll();
        assertThat(entries).extracting(JournalEntry::event).contains("plan.change", "plan.change-resolved", "plan.finished");
        long changes = entries.stream().filter(e -> e.event().equals("plan.change")).count();
        long resolved = entries.stream().filter(e -> e.event().equals("plan.change-resolved")).count();
        assertThat(resolved).isEqualTo(changes).isEqualTo(3);
    }

    @Test
    void aTagThatDoesNotExistLeavesTheContainerAsItWas() throws Exception {
        String name = webContainer("notag", fx.registryImage("1"), List.of());
        String id = inspect(name).path("Id").asText();
        PlanResult result = fx.run(fx.factory().preview(name, ":no-such-tag", HealthGate.defaults(), true));
        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.summary()).contains("Pulling " + fx.registryImage("no-such-tag") + " failed");
        assertOldIsBack(name, id, "notag-alias");
    }

    @Test
    void anUnreachableRegistryLeavesTheContainerAsItWas() throws Exception {
        String name = webContainer("noreg", fx.registryImage("1"), List.of());
        String id = inspect(name).path("Id").asText();
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        PlanResult result = fx.run(fx.factory().preview(name, "127.0.0.1:" + closed + "/testenv/busybox:2",
                HealthGate.defaults(), true));
        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.summary()).contains("127.0.0.1:" + closed);
        assertOldIsBack(name, id, "noreg-alias");
    }

    @Test
    void aNewImageWhoseProcessExitsAtOnceIsTakenBack() throws Exception {
        String bad = fx.image("exits", "ENTRYPOINT [\"/bin/sh\", \"-c\", \"exit 3\"]");
        String name = webContainer("exits", fx.registryImage("1"), List.of());
        String id = inspect(name).path("Id").asText();
        PlanResult result = fx.run(fx.factory().preview(name, bad, HealthGate.defaults(), true));
        assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.summary()).contains("stopped (exit code");
        assertOldIsBack(name, id, "exits-alias");
    }

    @Test
    void aNewImageThatNeverBecomesHealthyIsTakenBack() throws Exception {
        String bad = fx.image("sick", "HEALTHCHECK --interval=1s --timeout=1s --retries=2 CMD [\"/bin/sh\", \"-c\", \"echo sick; exit 1\"]");
        String name = webContainer("sick", fx.registryImage("1"), List.of());
        String id = inspect(name).path("Id").asText();
        PlanResult result = fx.run(fx.factory().preview(name, bad, HealthGate.defaults().withTimeout(Duration.ofSeconds(20)), true));
        assertThat(result.outcome()).as(result.summary()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.summary()).contains("unhealthy").contains("sick");
        assertOldIsBack(name, id, "sick-alias");
    }

    private void assertOldIsBack(String name, String id, String alias) throws Exception {
        JsonNode now = inspect(name);
        assertThat(now.path("Id").asText()).isEqualTo(id);
        assertThat(now.path("State").path("Running").asBoolean()).isTrue();
        assertThat(fx.docker("ps", "-a", "--filter", "name=" + name, "--format", "{{.Names}}")).isEqualTo(name);
        assertThat(fx.docker("exec", name, "cat", "/data/f", "/anon/f")).isEqualTo("named\nanon");
        String served = "";
        for (int i = 0; i < 20 && !served.equals("named"); i++) {
            served = fx.fetch(net, "http://" + alias + ":8080/f");
            if (!served.equals("named")) {
                Thread.sleep(250);
            }
        }
        assertThat(served).isEqualTo("named");
    }

    private void awaitHealthy(String name) throws InterruptedException {
        for (int i = 0; i < 80; i++) {
            if ("healthy".equals(fx.docker("inspect", "-f", "{{.State.Health.Status}}", name))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not become healthy");
    }

    private static String anonymousVolume(JsonNode inspect) {
        for (JsonNode m : inspect.path("Mounts")) {
            if (m.path("Destination").asText().equals("/anon")) {
                return m.path("Name").asText();
            }
        }
        throw new AssertionError("no anonymous volume");
    }

    /**
     * The inspect without what differs between any two containers (ids, times, state, paths named
     * after the id, addresses handed out at start) and without the image, which is the point.
     * HostConfig.Mounts is left out: the new container names its anonymous volume there (compared above),
     * and so is that mount's mode.
     */
    private static ObjectNode normalize(JsonNode inspect) {
        ObjectNode n = inspect.deepCopy();
        String shortId = n.path("Id").asText().substring(0, 12);
        for (String f : List.of("Id", "Created", "State", "Image", "ResolvConfPath", "HostnamePath", "HostsPath",
                "LogPath", "RestartCount", "GraphDriver", "SizeRw", "SizeRootFs", "ExecIDs")) {
            n.remove(f);
        }
        ((ObjectNode) n.get("Config")).remove("Image");
        ((ObjectNode) n.get("Config").get("Labels")).remove("org.opencontainers.image.version");
        ((ObjectNode) n.get("HostConfig")).remove("Mounts");
        ObjectNode ns = (ObjectNode) n.get("NetworkSettings");
        for (String f : List.of("SandboxID", "SandboxKey", "EndpointID", "IPAddress", "MacAddress", "Gateway",
                "IPPrefixLen", "HairpinMode", "LinkLocalIPv6Address", "LinkLocalIPv6PrefixLen", "SecondaryIPAddresses",
                "SecondaryIPv6Addresses", "GlobalIPv6Address", "GlobalIPv6PrefixLen", "IPv6Gateway", "Bridge")) {
            ns.remove(f);
        }
        Iterator<JsonNode> nets = ns.path("Networks").elements();
        while (nets.hasNext()) {
            ObjectNode e = (ObjectNode) nets.next();
            e.remove(List.of("EndpointID", "MacAddress", "NetworkID"));
            if (!e.path("IPAMConfig").isObject() || e.path("IPAMConfig").isEmpty()) {
                e.remove("IPAddress");
            }
            ArrayNode aliases = JSON.createArrayNode();
            e.path("Aliases").forEach(a -> {
                if (!a.asText().equals(shortId)) {
                    aliases.add(a);
                }
            });
            e.set("Aliases", aliases);
        }
        ArrayNode mounts = JSON.createArrayNode();
        List<JsonNode> sorted = new ArrayList<>();
        n.path("Mounts").forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(m -> m.path("Destination").asText()));
        sorted.forEach(mounts::add);
        // a volume mounted by name reads mode "z" (the engine's default relabel flag) where the anonymous one read ""
        mounts.forEach(m -> {
            if (m.path("Destination").asText().equals("/anon")) {
                ((ObjectNode) m).remove("Mode");
            }
        });
        n.set("Mounts", mounts);
        return n;
    }
}
