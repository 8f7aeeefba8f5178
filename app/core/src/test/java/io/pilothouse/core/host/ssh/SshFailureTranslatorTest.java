package io.pilothouse.core.host.ssh;

import com.jcraft.jsch.JSchException;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.ConnectionFailure.Kind;
import io.pilothouse.core.host.HostKey;
import io.pilothouse.core.host.UnknownHostKeyFailure;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SshFailureTranslatorTest {

    private static final SshTarget TARGET = new SshTarget("prod", "db1.example.invalid", 2222, "deploy", List.of(),
            Path.of("/home/me/.ssh/known_hosts"), "/var/run/docker.sock");
    private static final Duration TEN = Duration.ofSeconds(10);
    private static final HostKey KEY = new HostKey("[db1.example.invalid]:2222", "ssh-ed25519",
            "SHA256:xUWCEXh+ZHziyA1LXK6wvXUKV0s3J5VrYI1D1IAASNQ", "AAAA");

    private static ConnectionFailure translate(Exception e) {
        return SshFailureTranslator.sessionFailure(e, TARGET, TEN, List.of("/k/id_ed25519"), List.of());
    }

    @Test
    void networkFailuresNameHostAndPort() {
        ConnectionFailure refused = translate(new JSchException("java.net.ConnectException: Connection refused",
                new ConnectException("Connection refused")));
        assertThat(refused.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
        assertThat(refused.getMessage()).contains("db1.example.invalid:2222");

        ConnectionFailure timeout = translate(new JSchException("timeout: socket is not established",
                new SocketTimeoutException("Connect timed out")));
        assertThat(timeout.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(timeout.getMessage()).contains("db1.example.invalid:2222").contains("10 seconds");

        ConnectionFailure unresolved = translate(new JSchException("java.net.UnknownHostException: db1.example.invalid",
                new UnknownHostException("db1.example.invalid")));
        assertThat(unresolved.kind()).isEqualTo(Kind.NAME_UNRESOLVED);
        assertThat(unresolved.getMessage()).contains("'db1.example.invalid'").contains("db1.example.invalid:2222");
    }

    @Test
    void refusedLoginNamesUserHostAndKeys() {
        ConnectionFailure failure = SshFailureTranslator.sessionFailure(new JSchException("Auth fail for methods 'publickey'"),
                TARGET, TEN, List.of("/k/id_ed25519", "/k/id_rsa"), List.of());
        assertThat(failure.kind()).isEqualTo(Kind.SSH_AUTH_FAILED);
        assertThat(failure.getMessage()).contains("user deploy").contains("db1.example.invalid:2222")
                .contains("keys /k/id_ed25519, /k/id_rsa").contains("authorized_keys");
    }

    @Test
    void refusedLoginWithAKeyLeftLockedAsksForItsPassphrase() {
        ConnectionFailure failure = SshFailureTranslator.sessionFailure(new JSchException("Auth fail for methods 'publickey'"),
                TARGET, TEN, List.of("/k/id_ed25519"), List.of("/k/id_rsa"));
        assertThat(failure.kind()).isEqualTo(Kind.SSH_PASSPHRASE_REQUIRED);
        assertThat(failure.getMessage()).contains("/k/id_rsa").contains("passphrase");
    }

    @Test
    void connectionFailuresFromKeyLoadingPassThrough() {
        ConnectionFailure original = new ConnectionFailure(Kind.SSH_KEY_INVALID, "bad key");
        assertThat(translate(original)).isSameAs(original);
    }

    @Test
    void hostKeySentencesShowTheFingerprint() {
        UnknownHostKeyFailure unknown = SshFailureTranslator.unknownHostKey(KEY, TARGET.knownHostsFile(), null);
        assertThat(unknown.kind()).isEqualTo(Kind.SSH_UNKNOWN_HOST_KEY);
        assertThat(unknown.hostKey()).isEqualTo(KEY);
        assertThat(unknown.getMessage()).contains(KEY.sha256Fingerprint()).contains("[db1.example.invalid]:2222");

        ConnectionFailure changed = SshFailureTranslator.hostKeyChanged(KEY, TARGET.knownHostsFile(), null);
        assertThat(changed.kind()).isEqualTo(Kind.SSH_HOST_KEY_CHANGED);
        assertThat(changed.getMessage()).startsWith("WARNING").contains("man-in-the-middle")
                .contains(KEY.sha256Fingerprint()).contains("/home/me/.ssh/known_hosts");
    }

    @Test
    void channelRefusalsByReasonCode() {
        assertThat(SshFailureTranslator.channelRefused(1, TARGET, TEN, null).kind()).isEqualTo(Kind.SSH_FORWARDING_REFUSED);
        assertThat(SshFailureTranslator.channelRefused(1, TARGET, TEN, null).getMessage())
                .contains("AllowStreamLocalForwarding local").contains("AllowTcpForwarding local").contains("PermitOpen none");
        ConnectionFailure undiagnosed = SshFailureTranslator.channelRefused(2, TARGET, TEN, null);
        assertThat(undiagnosed.getMessage()).contains("/var/run/docker.sock").contains("AllowStreamLocalForwarding")
                .contains("docker group");
        assertThat(SshFailureTranslator.channelRefused(-1, TARGET, TEN, null).kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(SshFailureTranslator.remoteSocketPermissionDenied(TARGET, null).getMessage())
                .contains("deploy").contains("docker group").contains("/var/run/docker.sock");
        assertThat(SshFailureTranslator.remoteSocketMissing(TARGET, null).kind()).isEqualTo(Kind.REMOTE_SOCKET_MISSING);
    }

    @Test
    void targetDescriptionNamesTheAlias() {
        assertThat(TARGET.describe()).isEqualTo("deploy@db1.example.invalid:2222 (prod)");
        assertThat(TARGET.knownHostsName()).isEqualTo("[db1.example.invalid]:2222");
    }
}
