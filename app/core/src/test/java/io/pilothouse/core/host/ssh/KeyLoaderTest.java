package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.Identity;
import io.pilothouse.core.host.ConnectionFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Key files of every supported format, made by ssh-keygen, loaded with and without passphrases. */
class KeyLoaderTest {

    @TempDir
    Path dir;

    private final PassphraseCache cache = new PassphraseCache();

    private Path keygen(String name, String passphrase, String... options) throws Exception {
        Path key = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-N", passphrase, "-C", name, "-f", key.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(out).isTrue();
        return key;
    }

    private static byte[] publicBlob(Path key) throws Exception {
        return Base64.getDecoder().decode(Files.readString(Path.of(key + ".pub")).trim().split(" ")[1]);
    }

    private KeyLoader.Keys load(RecordingPrompt prompt, Path... keys) {
        SshTarget target = new SshTarget("h", "h.invalid", 22, "u", List.of(keys), dir.resolve("known_hosts"), "/s");
        return new KeyLoader(cache, prompt, Map.of(), dir.resolve("no-ssh-dir")).load(target);
    }

    @Test
    void everyFormatLoadsAndYieldsItsPublicKey() throws Exception {
        Path ed25519 = keygen("ed25519", "ed pass", "-t", "ed25519");
        Path ecdsa = keygen("ecdsa", "", "-t", "ecdsa");
        Path rsaOpenSsh = keygen("rsa-openssh", "rsa pass", "-t", "rsa", "-b", "2048");
        Path rsaPem = keygen("rsa-pem", "pem pass", "-t", "rsa", "-b", "2048", "-m", "PEM");
        assertThat(Files.readString(rsaPem)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Files.readString(ed25519)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");

        RecordingPrompt prompt = RecordingPrompt.answering("ed pass", "rsa pass", "pem pass");
        KeyLoader.Keys keys = load(prompt, ed25519, ecdsa, rsaOpenSsh, rsaPem);

        List<Identity> identities = keys.repository().getIdentities();
        assertThat(identities).hasSize(4);
        Path[] files = {ed25519, ecdsa, rsaOpenSsh, rsaPem};
        for (int i = 0; i < files.length; i++) {
            assertThat(identities.get(i).isEncrypted()).isFalse();
            assertThat(identities.get(i).getPublicKeyBlob()).isEqualTo(publicBlob(files[i]));
        }
        assertThat(keys.tried()).containsExactly(ed25519.toString(), ecdsa.toString(), rsaOpenSsh.toString(), rsaPem.toString());
        assertThat(prompt.passphraseQuestions).extracting(RecordingPrompt.PassphraseQuestion::keyFile)
                .containsExactly(ed25519.toString(), rsaOpenSsh.toString(), rsaPem.toString());

        // remembered: loading again asks nothing
        RecordingPrompt silent = new RecordingPrompt();
        assertThat(load(silent, ed25519, rsaPem).repository().getIdentities()).hasSize(2);
        assertThat(silent.passphraseQuestions).isEmpty();
    }

    @Test
    void wrongAnswersAreRetriedThenRefused() throws Exception {
        Path key = keygen("ed25519", "right", "-t", "ed25519");
        RecordingPrompt prompt = RecordingPrompt.answering("wrong", "right");
        assertThat(load(prompt, key).repository().getIdentities()).hasSize(1);
        assertThat(prompt.passphraseQuestions).extracting(RecordingPrompt.PassphraseQuestion::retry).containsExactly(false, true);

        cache.clear();
        ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class,
                () -> load(RecordingPrompt.answering("a", "b", "c", "right"), key));
        assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_WRONG_PASSPHRASE);
    }

    @Test
    void aStaleRememberedPassphraseIsForgottenAndAskedAgain() throws Exception {
        Path key = keygen("ed25519", "right", "-t", "ed25519");
        cache.put(key.toString(), "outdated".toCharArray());
        RecordingPrompt prompt = RecordingPrompt.answering("right");
        assertThat(load(prompt, key).repository().getIdentities()).hasSize(1);
        assertThat(prompt.passphraseQuestions).containsExactly(new RecordingPrompt.PassphraseQuestion(key.toString(), true));
        assertThat(new String(cache.get(key.toString()).orElseThrow())).isEqualTo("right");
    }

    @Test
    void defaultKeyWithoutAnAnswerIsSkippedForTheNextOne() throws Exception {
        Path ssh = Files.createDirectories(dir.resolve("home/.ssh"));
        keygen("home/.ssh/id_ed25519", "locked", "-t", "ed25519");
        keygen("home/.ssh/id_rsa", "", "-t", "rsa", "-b", "2048");
        SshTarget target = new SshTarget("h", "h.invalid", 22, "u", List.of(), dir.resolve("known_hosts"), "/s");
        KeyLoader.Keys keys = new KeyLoader(cache, new RecordingPrompt(), Map.of(), ssh).load(target);
        assertThat(keys.tried()).containsExactly(ssh.resolve("id_rsa").toString());
        assertThat(keys.locked()).containsExactly(ssh.resolve("id_ed25519").toString());
    }

    @Test
    void unreadableOrForeignFilesAreSshKeyInvalid() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage"), "-----BEGIN OPENSSH PRIVATE KEY-----\nnonsense\n");
        ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () -> load(new RecordingPrompt(), garbage));
        assertThat(failure.kind()).isEqualTo(ConnectionFailure.Kind.SSH_KEY_INVALID);
        assertThat(failure.getMessage()).contains(garbage.toString());

        Path pub = Path.of(keygen("only-public", "", "-t", "ed25519") + ".pub");
        ConnectionFailure publicOnly = catchThrowableOfType(ConnectionFailure.class, () -> load(new RecordingPrompt(), pub));
        assertThat(publicOnly.kind()).isEqualTo(ConnectionFailure.Kind.SSH_KEY_INVALID);
    }
}
