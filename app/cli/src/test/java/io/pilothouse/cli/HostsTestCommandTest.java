package io.pilothouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnknownHostKeyFailure;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's own logic (arguments, prompts, output, exit codes, journal) with a stand-in
 * connection; the real connections are proven by HostsTestCommandIT.
 */
class HostsTestCommandTest {

    private static final EngineInfo INFO = new EngineInfo("20.10.24+dfsg1", "1.41", "linux", "amd64", "manager", 5, 2,
            "node-1", Duration.ofMillis(12));
    private static final HostKey KEY = new HostKey("[127.0.0.1]:22220", "ssh-ed25519",
            "SHA256:Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyMDA", "AAAAC3NzaC1lZDI1NTE5AAAAIA");

    @TempDir
    Path tmp;

    private CliRunner cli;
    private final List<HostProfile> connected = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    @BeforeEach
    void setUp() {
        cli = new CliRunner(tmp);
    }

    private HostSession session(HostProfile profile) {
        connected.add(profile);
        return new HostSession() {
            @Override
            public HostProfile profile() {
                return profile;
            }

            @Override
            public DockerClient docker() {
                throw new IllegalStateException("not used by hosts test");
            }

            @Override
            public EngineInfo info() {
                return INFO;
            }

            @Override
            public EngineInfo probe() {
                return INFO;
            }

            @Override
            public boolean isOpen() {
                return !closed.get();
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
    }

    /** Asks about the host key the way the SSH connection does, then connects or fails. */
    private HostSession sshWithUnknownKey(HostProfile profile, ConnectOptions options) {
        if (!options.prompt().acceptNewHostKey(KEY)) {
            throw new UnknownHostKeyFailure(KEY, "The SSH host key of [127.0.0.1]:22220 is not known", null);
        }
        return session(profile);
    }

    @Test
    void printsWhatTheEngineReportsAndJournalsIt() {
        cli.connector = (p, o) -> session(p);
        cli.run("hosts", "add", "web", "--url", "unix:///var/run/docker.sock", "--environment", "staging");

        CliRunner.Result r = cli.run("hosts", "test", "web");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Connected to web (unix:///var/run/docker.sock)")
                .containsPattern("Engine version:\\s+20.10.24\\+dfsg1")
                .containsPattern("API version:\\s+1.41")
                .containsPattern("OS/arch:\\s+linux/amd64")
                .containsPattern("Swarm role:\\s+manager")
                .containsPattern("Containers:\\s+5 \\(2 running\\)")
                .containsPattern("Latency:\\s+12 ms");
        assertThat(closed).isTrue();
        JournalEntry last = lastEntry();
        assertThat(last.event()).isEqualTo("host.connected");
        assertThat(last.host()).isEqualTo("web");
        assertThat(last.environment()).isEqualTo("staging");
        assertThat(last.details()).containsEntry("engineVersion", "20.10.24+dfsg1").containsEntry("latencyMs", "12");
    }

    @Test
    void jsonOutput() throws Exception {
        cli.connector = (p, o) -> session(p);
        CliRunner.Result r = cli.run("hosts", "test", "--url", "tcp://127.0.0.1:23760", "--tls-dir", "/certs", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(json.path("url").asText()).isEqualTo("tcp://127.0.0.1:23760");
        assertThat(json.path("engineVersion").asText()).isEqualTo("20.10.24+dfsg1");
        assertThat(json.path("apiVersion").asText()).isEqualTo("1.41");
        assertThat(json.path("os").asText()).isEqualTo("linux");
        assertThat(json.path("arch").asText()).isEqualTo("amd64");
        assertThat(json.path("swarmRole").asText()).isEqualTo("manager");
        assertThat(json.path("containers").asInt()).isEqualTo(5);
        assertThat(json.path("latencyMs").asLong()).isEqualTo(12);
        assertThat(connected).singleElement().satisfies(p ->
                assertThat(p.transport()).isEqualTo(TlsTransport.withCertDir("127.0.0.1", 23760, "/certs")));
        // an address that is not saved stays unsaved
        assertThat(cli.dirs.profilesFile()).doesNotExist();
    }

    @Test
    void connectionFailureExitsWithThreeAndItsSentence() throws Exception {
        cli.connector = (p, o) -> {
            throw new ConnectionFailure(ConnectionFailure.Kind.CONNECTION_REFUSED,
                    "Nothing answers at 127.0.0.1:1: is the engine listening there?");
        };
        CliRunner.Result r = cli.run("hosts", "test", "--url", "tcp://127.0.0.1:1", "--tls-dir", "/certs", "--json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pilothouse: Nothing answers at 127.0.0.1:1: is the engine listening there?\n");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("ok").asBoolean()).isFalse();
        assertThat(json.path("failure").asText()).isEqualTo("CONNECTION_REFUSED");
        JournalEntry last = lastEntry();
        assertThat(last.event()).isEqualTo("host.connect-failed");
        assertThat(last.host()).isEqualTo("127.0.0.1");
        assertThat(last.details()).containsEntry("kind", "CONNECTION_REFUSED");
    }

    @Test
    void unknownHostKeyWithoutTerminalIsRefusedShowingTheFingerprint() {
        cli.connector = this::sshWithUnknownKey;
        CliRunner.Result r = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("pilothouse: The SSH host key of [127.0.0.1]:22220 is not known\n")
                .contains(KEY.sha256Fingerprint()).contains("--accept-new-host-key");
        assertThat(cli.prompts).isEmpty();
    }

    @Test
    void unknownHostKeyAcceptedByFlag() {
        cli.connector = this::sshWithUnknownKey;
        CliRunner.Result r = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220", "--accept-new-host-key");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("trusting the new host key").contains(KEY.sha256Fingerprint());
    }

    @Test
    void unknownHostKeyOnATerminalIsAsked() {
        cli.connector = this::sshWithUnknownKey;
        cli.interactive = true;
        cli.answers.add("maybe");
        cli.answers.add("yes");
        CliRunner.Result yes = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220");
        assertThat(yes.exit()).as(yes.err()).isZero();
        assertThat(cli.prompts.get(0)).contains("[127.0.0.1]:22220").contains(KEY.sha256Fingerprint()).contains("yes/no");
        assertThat(cli.prompts.get(1)).contains("yes or no");

        cli.answers.add("no");
        CliRunner.Result no = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220");
        assertThat(no.exit()).isEqualTo(3);
    }

    @Test
    void passphraseFromFileIsGivenOnceAndNeverStored() throws Exception {
        Path file = tmp.resolve("pass");
        Files.writeString(file, "correct horse battery\n");
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<Optional<char[]>> retry = new AtomicReference<>();
        cli.connector = (p, o) -> {
            first.set(new String(o.prompt().passphrase("/keys/id_rsa", false).orElseThrow()));
            retry.set(o.prompt().passphrase("/keys/id_rsa", true));
            return session(p);
        };
        cli.run("hosts", "add", "builder", "--url", "ssh://pilot@127.0.0.1:22220", "--identity", "/keys/id_rsa");
        CliRunner.Result r = cli.run("hosts", "test", "builder", "--passphrase-file", file.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(first.get()).isEqualTo("correct horse battery");
        assertThat(retry.get()).isEmpty();
        String saved = Files.readString(cli.dirs.profilesFile());
        assertThat(saved).contains("/keys/id_rsa").doesNotContain("correct horse").doesNotContainIgnoringCase("passphrase");
        assertThat(Files.readString(cli.dirs.journalFile())).doesNotContain("correct horse");
        assertThat(connected.get(0).transport()).isInstanceOf(SshTransport.class);
    }

    @Test
    void aPassphraseFileThatDoesNotUnlockTheKeyIsSaidSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("pass"), "wrong\n");
        cli.connector = (p, o) -> {
            // as the SSH key loader does: try, ask again after a wrong one, give up on no answer
            o.prompt().passphrase("/keys/id_rsa", false);
            if (o.prompt().passphrase("/keys/id_rsa", true).isEmpty()) {
                throw new ConnectionFailure(ConnectionFailure.Kind.SSH_PASSPHRASE_REQUIRED,
                        "The SSH key /keys/id_rsa is protected by a passphrase and none was given.");
            }
            return session(p);
        };
        CliRunner.Result r = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220", "--identity",
                "/keys/id_rsa", "--passphrase-file", file.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pilothouse: The passphrase in " + file
                + " does not unlock the SSH key /keys/id_rsa.\n");
        assertThat(lastEntry().details()).containsEntry("kind", "SSH_WRONG_PASSPHRASE");
    }

    @Test
    void passphraseAskedOnTheTerminal() {
        AtomicReference<String> given = new AtomicReference<>();
        cli.connector = (p, o) -> {
            given.set(new String(o.prompt().passphrase("/keys/id_rsa", false).orElseThrow()));
            return session(p);
        };
        cli.interactive = true;
        cli.passwords.add("typed secret");
        CliRunner.Result r = cli.run("hosts", "test", "--url", "ssh://pilot@127.0.0.1:22220", "--identity", "/keys/id_rsa");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(given.get()).isEqualTo("typed secret");
        assertThat(cli.prompts).singleElement().satisfies(p -> assertThat(p).contains("Passphrase for /keys/id_rsa"));
    }

    @Test
    void argumentMistakesExitWithTwo() {
        cli.connector = (p, o) -> session(p);
        cli.run("hosts", "add", "web", "--url", "unix:///var/run/docker.sock");
        assertBad(cli.run("hosts", "test"), "Give a saved host's NAME or an address with --url");
        assertBad(cli.run("hosts", "test", "web", "--url", "unix:///x.sock"), "not both");
        assertBad(cli.run("hosts", "test", "nothing"), "There is no host named nothing");
        assertBad(cli.run("hosts", "test", "web", "--tls-dir", "/c"), "go with --url");
        assertBad(cli.run("hosts", "test", "--url", "unix:///x.sock", "--passphrase-file", "/p"),
                "--passphrase-file applies only to ssh://");
        assertBad(cli.run("hosts", "test", "--url", "ssh://h.invalid", "--passphrase-file", tmp.resolve("none").toString()),
                "cannot be read");
        assertBad(cli.run("hosts", "test", "--url", "tcp://127.0.0.1:2375"), "no TLS material");
        assertThat(connected).isEmpty();
    }

    private JournalEntry lastEntry() {
        List<JournalEntry> all = new Journal(cli.dirs.journalFile()).readAll();
        return all.get(all.size() - 1);
    }

    private static void assertBad(CliRunner.Result r, String message) {
        assertThat(r.exit()).as("exit of: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("pilothouse: ").contains(message);
    }
}
