package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse updates against the test engine and the test registry. */
class UpdatesCommandIT {

    private final TestEnv env = TestEnv.get();
    private final String run = "pth-upg-upd" + UUID.randomUUID().toString().substring(0, 8);
    private final String ref = env.registry() + "/" + run + "/app:stable";

    @TempDir
    Path root;

    @AfterEach
    void cleanUp() {
        for (String[] c : new String[][]{{"service", "rm", run + "-svc"}, {"rm", "-f", run}, {"rmi", "-f", ref}, {"rmi", "-f", ref + "-v1"}, {"rmi", "-f", ref + "-v2"}}) {
            try {
                env.docker(c);
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private String build(String version) throws Exception {
        Path dir = root.resolve("b" + version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + env.image() + "\nLABEL run=" + run + " v=" + version + "\n");
        return env.docker("build", "-q", "--label", "io.pilothouse.test=true", "-t", ref + "-v" + version, dir.toString());
    }

    @Test
    void aTagMovedInTheRegistryIsAnUpdate() throws Exception {
        build("1");
        build("2");
        env.docker("tag", ref + "-v1", ref);
        env.docker("push", ref);
        env.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", run, ref, "sleep", "3600");
        CliRunner cli = new CliRunner(root);
        assertThat(cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock()).exit()).isZero();

        JsonNode before = find(new ObjectMapper().readTree(cli.run("updates", "local", "--json").out()));
        assertThat(before.get("state").asText()).isEqualTo("CURRENT");
        assertThat(before.get("registryDigest").asText()).isEqualTo(before.get("localDigest").asText()).startsWith("sha256:");

        // a new release is pushed under the same tag; the host keeps running the old one
        env.docker("tag", ref + "-v2", ref);
        env.docker("push", ref);
        env.docker("tag", ref + "-v1", ref);
        CliRunner.Result text = cli.run("updates", "local");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains(run + "  " + ref + "  update available (sha256:");
        JsonNode after = find(new ObjectMapper().readTree(cli.run("updates", "local", "--json").out()));
        assertThat(after.get("state").asText()).isEqualTo("UPDATE_AVAILABLE");
        assertThat(after.get("registryDigest").asText()).isNotEqualTo(before.get("registryDigest").asText());
        assertThat(after.get("localDigest").asText()).isEqualTo(before.get("localDigest").asText());
    }

    @Test
    void aSwarmServiceIsCheckedAgainstTheDigestItIsPinnedTo() throws Exception {
        build("1");
        build("2");
        env.docker("tag", ref + "-v1", ref);
        env.docker("push", ref);
        env.docker("service", "create", "-d", "--name", run + "-svc", "--label", "io.pilothouse.test=true",
                "--endpoint-mode", "dnsrr", "--replicas", "0", ref, "sleep", "3600");
        CliRunner cli = new CliRunner(root);
        assertThat(cli.run("hosts", "add", "local", "--url", "unix://" + env.dockerSock()).exit()).isZero();
        JsonNode before = find(new ObjectMapper().readTree(cli.run("updates", "local", "--json").out()), run + "-svc");
        assertThat(before.get("kind").asText()).isEqualTo("service");
        assertThat(before.get("state").asText()).isEqualTo("CURRENT");

        env.docker("tag", ref + "-v2", ref);
        env.docker("push", ref);
        CliRunner.Result text = cli.run("updates", "local");
        assertThat(text.out()).contains("service " + run + "-svc  " + ref + "  update available (sha256:");
        JsonNode after = find(new ObjectMapper().readTree(cli.run("updates", "local", "--json").out()), run + "-svc");
        assertThat(after.get("state").asText()).isEqualTo("UPDATE_AVAILABLE");
        assertThat(after.get("localDigest").asText()).isEqualTo(before.get("localDigest").asText());
    }

    private JsonNode find(JsonNode array) {
        return find(array, run);
    }

    private JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("targetName").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not listed: " + array);
    }
}
