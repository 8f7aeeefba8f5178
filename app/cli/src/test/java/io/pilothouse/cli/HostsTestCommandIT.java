package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.testenv.FailureFixtures;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** pilothouse hosts test against the real test engine, over its unix socket, TLS and SSH. */
class HostsTestCommandIT {

    @TempDir
    Path tmp;

    private final TestEnv env = TestEnv.get();
    private CliRunner cli;
    private String dockerVersion;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tmp);
        dockerVersion = env.docker("version", "--format", "{{.Server.Version}}");
    }

    private String sshUrl() {
        return "ssh://" + env.sshUser() + "@" + env.sshHost() + ":" + env.sshPort();
    }

    private String tlsUrl() {
        return "tcp://127.0.0.1:" + env.tlsPort();
    }

    private List<String> sshArgs(Path key, Path knownHosts) {
        return List.of("hosts", "test", "--url", sshUrl(), "--identity", key.toString(), "--known-hosts",
                knownHosts.toString(), "--remote-socket", env.sshRemoteDockerSock());
    }

    private CliRunner.Result run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return cli.run(CliRunner.args(all));
    }

    private void assertReportsTheEngine(CliRunner.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(json.path("engineVersion").asText()).isEqualTo(dockerVersion);
        assertThat(json.path("apiVersion").asText())
                .isEqualTo(env.docker("version", "--format", "{{.Server.APIVersion}}"));
        assertThat(json.path("os").asText() + "/" + json.path("arch").asText())
                .isEqualTo(env.docker("version", "--format", "{{.Server.Os}}/{{.Server.Arch}}"));
        assertThat(json.path("containers").asInt())
                .isEqualTo(Integer.parseInt(env.docker("info", "--format", "{{.Containers}}")));
        assertThat(json.path("latencyMs").asLong()).isBetween(0L, 10_000L);
    }

    @Test
    void savedUnixHostPrintsTheEngineVersionAndIsJournaled() {
        assertThat(cli.run("hosts", "add", "engine", "--url", "unix://" + env.dockerSock()).exit()).isZero();
        CliRunner.Result r = cli.run("hosts", "test", "engine");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Engine version:\\s+" + java.util.regex.Pattern.quote(dockerVersion))
                .contains("API version:").contains("OS/arch:").contains("Swarm role:").contains("Containers:")
                .containsPattern("Latency:\\s+\\d+ ms");
        List<JournalEntry> journal = new Journal(cli.dirs.journalFile()).readAll();
        assertThat(journal.get(journal.size() - 1).event()).isEqualTo("host.connected");
        assertThat(journal.get(journal.size() - 1).details()).containsEntry("engineVersion", dockerVersion);
    }

    @Test
    void unixAddress() throws Exception {
        assertReportsTheEngine(cli.run("hosts", "test", "--url", "unix://" + env.dockerSock(), "--json"));
    }

    @Test
    void tlsAddress() throws Exception {
        assertReportsTheEngine(cli.run("hosts", "test", "--url", tlsUrl(), "--tls-dir", env.certPath().toString(), "--json"));
    }

    @Test
    void sshWithKeyWithoutPassphrase() throws Exception {
        assertReportsTheEngine(run(sshArgs(env.sshKey(), env.sshKnownHosts()), "--json"));
    }

    @Test
    void sshWithPassphraseFromFile() throws Exception {
        assertReportsTheEngine(run(sshArgs(env.sshKeyRsa(), env.sshKnownHosts()), "--passphrase-file",
                env.sshKeyRsaPassphraseFile().toString(), "--json"));
    }

    @Test
    void failuresExitWithThreeAndEachHasItsOwnSentence() throws Exception {
        Set<String> messages = new HashSet<>();

        FailureFixtures fixtures = new FailureFixtures(env, tmp);
        messages.add(failure(cli.run("hosts", "test", "--url", tlsUrl(), "--tls-dir", fixtures.wrongCaDir().toString())));
        messages.add(failure(cli.run("hosts", "test", "--url", tlsUrl(), "--tls-dir",
                fixtures.noClientCertDir().toString())));
        messages.add(failure(cli.run("hosts", "test", "--url", "tcp://127.0.0.1:" + FailureFixtures.freeLoopbackPort(),
                "--tls-dir", env.certPath().toString())));

        // a host key seen for the first time, without a terminal
        CliRunner.Result unknown = run(sshArgs(env.sshKey(), fixtures.emptyKnownHosts()));
        messages.add(failure(unknown));
        assertThat(fixtures.knownFingerprints()).anySatisfy(fp -> assertThat(unknown.err()).contains(fp));

        // a host key that differs from the remembered one
        messages.add(failure(run(sshArgs(env.sshKey(), fixtures.changedKnownHosts()))));

        // a wrong passphrase
        Path wrongPassphrase = Files.writeString(tmp.resolve("wrong-passphrase"), "not the passphrase\n");
        messages.add(failure(run(sshArgs(env.sshKeyRsa(), env.sshKnownHosts()), "--passphrase-file",
                wrongPassphrase.toString())));

        // no passphrase and no terminal to ask on
        messages.add(failure(run(sshArgs(env.sshKeyRsa(), env.sshKnownHosts()))));

        assertThat(messages).as("one sentence per failure: %s", messages).hasSize(7);
        List<JournalEntry> journal = new Journal(cli.dirs.journalFile()).readAll();
        assertThat(journal).extracting(JournalEntry::event).containsOnly("host.connect-failed").hasSize(7);
    }

    @Test
    void newHostKeyAcceptedByFlagIsRememberedForTheNextTime() throws Exception {
        Path knownHosts = Files.createFile(tmp.resolve("known_hosts"));
        CliRunner.Result first = run(sshArgs(env.sshKey(), knownHosts), "--accept-new-host-key", "--json");
        assertReportsTheEngine(first);
        assertThat(first.err()).contains("trusting the new host key");
        assertReportsTheEngine(run(sshArgs(env.sshKey(), knownHosts), "--json"));
    }

    @Test
    void newHostKeyAcceptedOnTheTerminal() throws Exception {
        Path knownHosts = Files.createFile(tmp.resolve("known_hosts"));
        cli.interactive = true;
        cli.answers.add("yes");
        assertReportsTheEngine(run(sshArgs(env.sshKey(), knownHosts), "--json"));
        assertThat(cli.prompts).anySatisfy(p -> assertThat(p).contains("SHA256:").contains("yes/no"));
    }

    private static String failure(CliRunner.Result r) {
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(ExitStatus.HOST_UNREACHABLE.code());
        assertThat(r.err()).startsWith("pilothouse: ");
        return r.err().lines().findFirst().orElseThrow();
    }
}
