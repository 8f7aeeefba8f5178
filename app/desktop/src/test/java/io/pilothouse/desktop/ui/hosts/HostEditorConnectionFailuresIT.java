package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.journal.ConnectionJournal;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.testenv.FailureFixtures;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.desktop.wiring.CoreHostConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The host editor's Test button, wired to the real core exactly as the app wires it, against the
 * test engine: each way of being wrong shows its own sentence, and the journal records it.
 */
class HostEditorConnectionFailuresIT {

    @TempDir
    Path tmp;

    private final TestEnv env = TestEnv.get();
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    /** Answers like a person who rejects unknown host keys and mistypes the passphrase. */
    private final CredentialPrompt wrongAnswers = new CredentialPrompt() {
        @Override
        public Optional<char[]> passphrase(String keyFile, boolean retry) {
            return Optional.of("not the passphrase".toCharArray());
        }

        @Override
        public boolean acceptNewHostKey(HostKey key) {
            return false;
        }
    };

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void eachFailureShowsItsOwnSentenceInTheEditor() throws Exception {
        AppDirectories dirs = AppDirectories.from(Map.of(), tmp.resolve("home"));
        Journal journal = new Journal(dirs.journalFile());
        CoreHostConnector connector = new CoreHostConnector(new ConnectionFactory(dirs),
                ConnectOptions.defaults(wrongAnswers), new ConnectionJournal(journal));
        FailureFixtures fixtures = new FailureFixtures(env, tmp);

        Map<String, HostProfile> cases = new LinkedHashMap<>();
        cases.put("wrong CA", tls(fixtures.wrongCaDir().toString(), env.tlsPort()));
        cases.put("missing client certificate", tls(fixtures.noClientCertDir().toString(), env.tlsPort()));
        cases.put("refused port", tls(env.certPath().toString(), FailureFixtures.freeLoopbackPort()));
        cases.put("unknown host key", ssh(env.sshKey(), fixtures.emptyKnownHosts()));
        cases.put("changed host key", ssh(env.sshKey(), fixtures.changedKnownHosts()));
        cases.put("wrong passphrase", ssh(env.sshKeyRsa(), env.sshKnownHosts()));

        Map<String, String> shown = new LinkedHashMap<>();
        for (Map.Entry<String, HostProfile> c : cases.entrySet()) {
            HostEditorViewModel vm = new HostEditorViewModel(HostEditorViewModel.Mode.EDIT, c.getValue(),
                    (name, id) -> false, connector, background, Runnable::run);
            if (!vm.validProperty().get()) {
                // caught by the editor before any connection: the sentence is shown under the fields
                shown.put(c.getKey(), vm.problemProperty().get());
                continue;
            }
            vm.test();
            await().atMost(60, TimeUnit.SECONDS).until(() -> !vm.testRunningProperty().get());
            assertThat(vm.testFailedProperty().get()).as(c.getKey()).isTrue();
            shown.put(c.getKey(), vm.testResultProperty().get());
        }

        assertThat(shown.get("wrong CA")).containsIgnoringCase("CA");
        // the editor itself refuses a certificate folder without the client certificate
        assertThat(shown.get("missing client certificate")).contains("cert.pem");
        assertThat(shown.get("refused port")).contains("Nothing accepts connections at 127.0.0.1:");
        assertThat(fixtures.knownFingerprints()).anySatisfy(fp -> assertThat(shown.get("unknown host key")).contains(fp));
        assertThat(shown.get("changed host key")).containsIgnoringCase("changed");
        assertThat(shown.get("wrong passphrase")).containsIgnoringCase("passphrase");
        assertThat(shown.values()).as("one sentence per failure: %s", shown).doesNotHaveDuplicates();
        assertThat(journal.readAll()).extracting(JournalEntry::event)
                .containsOnly(ConnectionJournal.CONNECT_FAILED).hasSize(cases.size() - 1);
    }

    private HostProfile tls(String certDir, int port) {
        return HostProfile.create("tls-" + port, TlsTransport.withCertDir("127.0.0.1", port, certDir),
                Environment.STAGING);
    }

    private HostProfile ssh(Path key, Path knownHosts) {
        return HostProfile.create("ssh-host", new SshTransport(env.sshUser(), env.sshHost(), env.sshPort(),
                key.toString(), knownHosts.toString(), env.sshRemoteDockerSock()), Environment.PRODUCTION);
    }
}
