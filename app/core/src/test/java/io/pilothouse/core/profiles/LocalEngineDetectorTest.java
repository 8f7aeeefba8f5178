package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalEngineDetectorTest {

    @TempDir
    Path tmp;

    private LocalEngineDetector detector() {
        return new LocalEngineDetector(tmp.resolve("docker.sock"), tmp.resolve(".docker"));
    }

    @Test
    void defaultSocketWhenItExists() throws Exception {
        assertThat(detector().detect(Map.of())).isEmpty();
        assertThat(detector().inspect(Map.of()).note()).contains("no socket at " + tmp.resolve("docker.sock"));
        Files.createFile(tmp.resolve("docker.sock"));
        HostProfile p = detector().detect(Map.of()).orElseThrow();
        assertThat(p.name()).isEqualTo("local");
        assertThat(p.environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(p.transport()).isEqualTo(new UnixSocketTransport(tmp.resolve("docker.sock").toString()));
    }

    @Test
    void dockerHostUnixWinsOverTheDefaultSocket() throws Exception {
        Files.createFile(tmp.resolve("docker.sock"));
        assertThat(detector().detect(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock")).orElseThrow().transport())
                .isEqualTo(new UnixSocketTransport("/run/user/1000/docker.sock"));
    }

    @Test
    void dockerHostTcpWithTlsVerify() {
        assertThat(detector().detect(Map.of("DOCKER_HOST", "tcp://127.0.0.1:23760", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs")).orElseThrow().transport())
                .isEqualTo(TlsTransport.withCertDir("127.0.0.1", 23760, "/certs"));
        // without DOCKER_CERT_PATH, the Docker CLI's default folder
        assertThat(detector().detect(Map.of("DOCKER_HOST", "tcp://127.0.0.1", "DOCKER_TLS_VERIFY", "1"))
                .orElseThrow().transport())
                .isEqualTo(TlsTransport.withCertDir("127.0.0.1", 2376, tmp.resolve(".docker").toString()));
    }

    @Test
    void dockerHostTcpWithoutVerificationIsNotUsed() throws Exception {
        Files.createFile(tmp.resolve("docker.sock"));
        EngineDetection d = detector().inspect(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375", "DOCKER_CERT_PATH", "/c"));
        assertThat(d.profile()).isEmpty();
        assertThat(d.note()).contains("without DOCKER_TLS_VERIFY");
        assertThat(detector().inspect(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375", "DOCKER_TLS_VERIFY", "0"))
                .profile()).isEmpty();
    }

    @Test
    void dockerHostSsh() {
        assertThat(detector().detect(Map.of("DOCKER_HOST", "ssh://pilot@127.0.0.1:22220")).orElseThrow().transport())
                .isEqualTo(new SshTransport("pilot", "127.0.0.1", 22220, null, null, null));
    }

    @Test
    void unusableDockerHostIsExplained() {
        EngineDetection d = detector().inspect(Map.of("DOCKER_HOST", "npipe:////./pipe/docker_engine"));
        assertThat(d.profile()).isEmpty();
        assertThat(d.note()).startsWith("DOCKER_HOST cannot be used").contains("named pipe");
    }

    @Test
    void firstStartAddsLocalOnlyWhenThereIsNoProfilesFile() throws Exception {
        Files.createFile(tmp.resolve("docker.sock"));
        ProfileStore store = new ProfileStore(tmp.resolve("cfg").resolve("profiles.json"));
        Journal journal = new Journal(tmp.resolve("journal.jsonl"));
        HostCatalog catalog = new HostCatalog(store, journal);
        FirstStart first = new FirstStart(store, catalog, detector());

        assertThat(first.run(Map.of())).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("local"));
        assertThat(store.load().profiles()).extracting(HostProfile::name).containsExactly("local");
        assertThat(journal.readAll()).extracting(e -> e.event()).containsExactly("host.added");

        catalog.remove("local");
        // the file exists now (empty): a later start adds nothing
        assertThat(first.run(Map.of())).isEmpty();
        assertThat(store.load().profiles()).isEmpty();
    }

    @Test
    void firstStartWithoutEngineWritesNothing() {
        ProfileStore store = new ProfileStore(tmp.resolve("cfg").resolve("profiles.json"));
        HostCatalog catalog = new HostCatalog(store, new Journal(tmp.resolve("journal.jsonl")));
        assertThat(new FirstStart(store, catalog, detector()).run(Map.of())).isEmpty();
        assertThat(store.file()).doesNotExist();
    }
}
