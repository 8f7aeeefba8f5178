package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class HostsCommandsTest {

    @TempDir
    Path tmp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tmp);
    }

    @Test
    void emptyListThenAddListRemove() throws Exception {
        CliRunner.Result empty = cli.run("hosts", "list");
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).contains("No hosts saved yet");

        CliRunner.Result add = cli.run("hosts", "add", "web", "--url", "unix:///var/run/docker.sock");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added host web: unix:///var/run/docker.sock (development)");

        CliRunner.Result add2 = cli.run("hosts", "add", "shop-prod", "--url", "tcp://127.0.0.1:23760",
                "--tls-dir", tmp.toString(), "--environment", "production");
        assertThat(add2.exit()).as(add2.err()).isZero();
        // the folder has no certificates: saved, with a warning
        assertThat(add2.err()).contains("warning").contains("ca.pem");

        CliRunner.Result add3 = cli.run("hosts", "add", "builder", "--url", "ssh://pilot@127.0.0.1:22220",
                "--identity", "/keys/id_ed25519", "--known-hosts", "/keys/known_hosts", "--remote-socket",
                "/run/docker.sock", "--environment", "lab");
        assertThat(add3.exit()).as(add3.err()).isZero();

        CliRunner.Result list = cli.run("hosts", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).hasSize(4);
        assertThat(list.out()).containsPattern("web\\s+development\\s+unix:///var/run/docker.sock")
                .containsPattern("shop-prod\\s+production\\s+tcp://127.0.0.1:23760")
                .containsPattern("builder\\s+lab\\s+ssh://pilot@127.0.0.1:22220");

        CliRunner.Result json = cli.run("hosts", "list", "--json");
        JsonNode hosts = new ObjectMapper().readTree(json.out());
        assertThat(hosts.isArray()).isTrue();
        assertThat(hosts).hasSize(3);
        assertThat(hosts.get(2).path("transport").path("kind").asText()).isEqualTo("ssh");
        assertThat(hosts.get(2).path("transport").path("identityFile").asText()).isEqualTo("/keys/id_ed25519");
        assertThat(hosts.get(1).path("environment").path("name").asText()).isEqualTo("production");

        CliRunner.Result remove = cli.run("hosts", "remove", "WEB");
        assertThat(remove.exit()).isZero();
        assertThat(cli.run("hosts", "list").out()).doesNotContain("web ");

        assertThat(new Journal(cli.dirs.journalFile()).readAll()).extracting(JournalEntry::event)
                .containsExactly("host.added", "host.added", "host.added", "host.removed");
        assertThat(cli.dirs.profilesFile()).exists();
    }

    @Test
    void firstStartAddsTheLocalEngineOnce() throws Exception {
        Files.createFile(cli.localSocket);
        CliRunner.Result first = cli.run("hosts", "list");
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("first start: added the local engine as host local");
        assertThat(first.out()).containsPattern("local\\s+development\\s+unix://" + cli.localSocket);

        assertThat(cli.run("hosts", "remove", "local").exit()).isZero();
        CliRunner.Result later = cli.run("hosts", "list");
        assertThat(later.err()).isEmpty();
        assertThat(later.out()).contains("No hosts saved yet");
    }

    @Test
    void firstStartHonoursDockerHost() {
        cli.env.put("DOCKER_HOST", "ssh://pilot@127.0.0.1:22220");
        assertThat(cli.run("hosts", "list").out()).containsPattern("local\\s+development\\s+ssh://pilot@127.0.0.1:22220");
    }

    @Test
    void takenNameIsBadInput() {
        cli.run("hosts", "add", "Web", "--url", "unix:///var/run/docker.sock");
        CliRunner.Result again = cli.run("hosts", "add", "web", "--url", "unix:///other.sock");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).startsWith("pilothouse: ").contains("web").contains("taken by the host Web");
    }

    @Test
    void badAddressesAndNamesAreBadInput() {
        assertBad(cli.run("hosts", "add", "a", "--url", "tcp://127.0.0.1:2375"), "no TLS material");
        assertBad(cli.run("hosts", "add", "a", "--url", "http://127.0.0.1:2375"), "not over http://");
        assertBad(cli.run("hosts", "add", "a", "--url", "pilot@h.invalid"), "write ssh://pilot@h.invalid");
        assertBad(cli.run("hosts", "add", "a", "--url", "ftp://h.invalid"), "Unknown address scheme");
        assertBad(cli.run("hosts", "add", "bad name", "--url", "unix:///s.sock"), "must start with a letter or digit");
        assertBad(cli.run("hosts", "add", "a", "--url", "unix:///s.sock", "--environment", "Prod!"), "Environment name");
        assertBad(cli.run("hosts", "add", "a", "--url", "unix:///s.sock", "--identity", "/k"), "--identity applies only to ssh://");
        assertBad(cli.run("hosts", "add", "a", "--url", "ssh://h.invalid", "--passphrase-file", "/p"),
                "never stores a passphrase");
        assertThat(cli.dirs.profilesFile()).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertBad(cli.run(), "Give a command");
        assertBad(cli.run("hosts"), "Give a hosts command");
        assertBad(cli.run("hosts", "lst"), "Unmatched argument");
        assertBad(cli.run("hosts", "add", "a"), "Missing required option: '--url=URL'");
        assertBad(cli.run("hosts", "list", "--jsn"), "Unknown option");
        assertBad(cli.run("hosts", "remove"), "Missing required parameter");
        assertBad(cli.run("hosts", "remove", "nothing"), "There is no host named nothing");
    }

    @Test
    void helpSaysPassphrasesAreNeverStored() {
        CliRunner.Result help = cli.run("hosts", "add", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Passphrases are never stored").contains("--tls-dir").doesNotContain("--passphrase-file=");
        CliRunner.Result top = cli.run("--help");
        assertThat(top.out()).contains("Exit codes").contains("3").contains("unreachable");
    }

    @Test
    void corruptProfilesFileIsReportedAndKeptAside() throws Exception {
        Files.createDirectories(cli.dirs.profilesFile().getParent());
        Files.writeString(cli.dirs.profilesFile(), "{ this is not json");
        CliRunner.Result list = cli.run("hosts", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.err()).startsWith("pilothouse: The host list ").contains("moved to")
                .contains("profiles.json.corrupt-");
        try (var files = Files.list(cli.dirs.configDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith("profiles.json.corrupt-"));
        }
    }

    @Test
    void newerProfilesFileIsNotSavedOver() throws Exception {
        Files.createDirectories(cli.dirs.profilesFile().getParent());
        Files.writeString(cli.dirs.profilesFile(), "{\"schemaVersion\":7,\"profiles\":[]}");
        CliRunner.Result add = cli.run("hosts", "add", "web", "--url", "unix:///var/run/docker.sock");
        assertThat(add.exit()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(add.err()).contains("newer Pilothouse");
        assertThat(Files.readString(cli.dirs.profilesFile())).isEqualTo("{\"schemaVersion\":7,\"profiles\":[]}");
    }

    @Test
    void importsContextsFromDockerConfig() throws Exception {
        Path dockerConfig = tmp.resolve("docker-config");
        writeContext(dockerConfig, "remote", "tcp://127.0.0.1:23760", false, true);
        writeContext(dockerConfig, "insecure", "tcp://127.0.0.1:23760", true, true);
        writeContext(dockerConfig, "web", "unix:///var/run/docker.sock", false, false);
        cli.run("hosts", "add", "web", "--url", "unix:///var/run/docker.sock");
        cli.env.put("DOCKER_CONFIG", dockerConfig.toString());

        CliRunner.Result result = cli.run("hosts", "import-contexts", "--environment", "staging");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Imported remote: tcp://127.0.0.1:23760 (staging)")
                .contains("Skipped insecure: the context skips TLS verification")
                .contains("Skipped web: a host named web already exists");
        assertThat(cli.run("hosts", "list").out()).contains("remote");
    }

    @Test
    void importWithoutContextsSaysWhereItLooked() {
        CliRunner.Result result = cli.run("hosts", "import-contexts");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("No Docker contexts found in " + tmp.resolve("home/.docker/contexts"));
    }

    static void writeContext(Path dockerConfig, String name, String host, boolean skipVerify, boolean tls) throws Exception {
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        Path meta = dockerConfig.resolve("contexts/meta").resolve(id);
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Endpoints\":{\"docker\":{\"Host\":\""
                + host + "\",\"SkipTLSVerify\":" + skipVerify + "}}}");
        if (tls) {
            Path dir = dockerConfig.resolve("contexts/tls").resolve(id).resolve("docker");
            Files.createDirectories(dir);
            for (String f : new String[]{"ca.pem", "cert.pem", "key.pem"}) {
                Files.writeString(dir.resolve(f), "pem");
            }
        }
    }

    private static void assertBad(CliRunner.Result r, String message) {
        assertThat(r.exit()).as("exit of: %s", r.err()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(r.err()).startsWith("pilothouse: ").contains(message);
    }
}
