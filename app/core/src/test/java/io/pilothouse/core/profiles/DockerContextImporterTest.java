package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerContextImporterTest {

    @TempDir
    Path docker;

    static String id(String name) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    }

    private void context(String name, String host, boolean skipVerify, String... tlsFiles) throws Exception {
        Path meta = docker.resolve("contexts/meta").resolve(id(name));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipVerify + "}}}");
        if (tlsFiles.length > 0) {
            Path tls = docker.resolve("contexts/tls").resolve(id(name)).resolve("docker");
            Files.createDirectories(tls);
            for (String f : tlsFiles) {
                Files.writeString(tls.resolve(f), "-----BEGIN " + f + "-----\n");
            }
        }
    }

    @Test
    void importsUnixTlsAndSshContexts() throws Exception {
        context("local-sock", "unix:///var/run/docker.sock", false);
        context("remote-tls", "tcp://127.0.0.1:23760", false, "ca.pem", "cert.pem", "key.pem");
        context("builder", "ssh://pilot@127.0.0.1:22220", false);

        ContextImport result = new DockerContextImporter(docker).read(List.of(), Environment.STAGING);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.imported()).extracting(HostProfile::name).containsExactly("builder", "local-sock", "remote-tls");
        assertThat(result.imported()).allSatisfy(p -> assertThat(p.environment()).isEqualTo(Environment.STAGING));
        assertThat(result.imported().get(0).transport())
                .isEqualTo(new SshTransport("pilot", "127.0.0.1", 22220, null, null, null));
        assertThat(result.imported().get(1).transport()).isEqualTo(new UnixSocketTransport("/var/run/docker.sock"));
        TlsTransport tls = (TlsTransport) result.imported().get(2).transport();
        assertThat(tls.host()).isEqualTo("127.0.0.1");
        assertThat(tls.port()).isEqualTo(23760);
        assertThat(Path.of(tls.certDir())).isEqualTo(docker.resolve("contexts/tls").resolve(id("remote-tls")).resolve("docker"));
        assertThat(tls.caPath()).exists();
    }

    @Test
    void unverifiedOrPlainTcpContextsAreLeftOutWithTheReason() throws Exception {
        context("insecure", "tcp://127.0.0.1:2376", true, "ca.pem", "cert.pem", "key.pem");
        context("plain", "tcp://127.0.0.1:2375", false);
        context("half", "tcp://127.0.0.1:2376", false, "ca.pem");

        ContextImport result = new DockerContextImporter(docker).read(List.of(), Environment.DEVELOPMENT);

        assertThat(result.imported()).isEmpty();
        assertThat(result.skipped()).extracting(SkippedContext::context).containsExactly("half", "insecure", "plain");
        assertThat(result.skipped().get(0).reason()).contains("lacks cert.pem and key.pem");
        assertThat(result.skipped().get(1).reason()).contains("skips TLS verification");
        assertThat(result.skipped().get(2).reason()).contains("without TLS material");
    }

    @Test
    void namesAlreadyPresentAreSkippedAndReported() throws Exception {
        context("Web", "unix:///var/run/docker.sock", false);
        context("fresh", "unix:///var/run/docker.sock", false);
        ProfileStore store = new ProfileStore(docker.resolve("cfg/profiles.json"));
        HostCatalog catalog = new HostCatalog(store, new Journal(docker.resolve("journal.jsonl")));
        catalog.add(HostProfile.create("web", new UnixSocketTransport("/other.sock"), Environment.DEVELOPMENT));

        ContextImport result = new DockerContextImporter(docker).importInto(catalog, Environment.DEVELOPMENT);

        assertThat(result.imported()).extracting(HostProfile::name).containsExactly("fresh");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.context()).isEqualTo("Web");
            assertThat(s.reason()).contains("already exists");
        });
        assertThat(store.load().profiles()).extracting(HostProfile::name).containsExactly("web", "fresh");
    }

    @Test
    void unreadableMetaIsReportedAndNoContextsIsEmpty() throws Exception {
        assertThat(new DockerContextImporter(docker).read(List.of(), Environment.DEVELOPMENT).imported()).isEmpty();
        Path meta = docker.resolve("contexts/meta/abc");
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{not json");
        ContextImport result = new DockerContextImporter(docker).read(List.of(), Environment.DEVELOPMENT);
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("not valid JSON"));
    }

    @Test
    void contextNameThatIsNotAValidHostNameIsExplained() throws Exception {
        context("a+b", "unix:///var/run/docker.sock", false);
        ContextImport result = new DockerContextImporter(docker).read(List.of(), Environment.DEVELOPMENT);
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("'a+b'"));
    }
}
