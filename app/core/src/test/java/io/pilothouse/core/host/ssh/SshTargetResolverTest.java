package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SshTargetResolverTest {

    @TempDir
    Path home;

    private SshTargetResolver resolver() {
        return new SshTargetResolver(SshFixturesForUnits.dirs(home));
    }

    @Test
    void aliasTakesHostNamePortUserAndIdentityFilesFromTheConfig() throws Exception {
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/config"), """
                Host *.other.invalid
                    User nobody
                Host prod
                    HostName 10.0.0.5
                    Port 2200
                    User deploy
                    IdentityFile ~/.ssh/prod_key
                    IdentityFile "/keys/second key"
                """);
        SshTarget target = resolver().resolve(new SshTransport(null, "prod", null, null, null, null));
        assertThat(target.hostName()).isEqualTo("10.0.0.5");
        assertThat(target.port()).isEqualTo(2200);
        assertThat(target.user()).isEqualTo("deploy");
        assertThat(target.identityFiles()).containsExactly(home.resolve(".ssh/prod_key"), Path.of("/keys/second key"));
        assertThat(target.knownHostsFile()).isEqualTo(home.resolve(".ssh/known_hosts"));
        assertThat(target.remoteSocket()).isEqualTo("/var/run/docker.sock");
        assertThat(target.describe()).isEqualTo("deploy@10.0.0.5:2200 (prod)");
    }

    @Test
    void whatTheProfileSaysWinsOverTheConfig() throws Exception {
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/config"), "Host prod\n  User deploy\n  Port 2200\n  IdentityFile ~/k1\n");
        SshTarget target = resolver().resolve(new SshTransport("admin", "prod", 22, "~/mine", "~/kh", "/run/docker.sock"));
        assertThat(target.user()).isEqualTo("admin");
        assertThat(target.port()).isEqualTo(22);
        assertThat(target.identityFiles()).containsExactly(home.resolve("mine"));
        assertThat(target.knownHostsFile()).isEqualTo(home.resolve("kh"));
        assertThat(target.remoteSocket()).isEqualTo("/run/docker.sock");
    }

    @Test
    void withoutConfigThePortIs22AndTheUserIsTheLocalOne() {
        SshTarget target = resolver().resolve(new SshTransport(null, "host.example.invalid", null, null, null, null));
        assertThat(target.port()).isEqualTo(22);
        assertThat(target.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(target.identityFiles()).isEqualTo(List.of());
        assertThat(target.knownHostsName()).isEqualTo("host.example.invalid");
    }
}
