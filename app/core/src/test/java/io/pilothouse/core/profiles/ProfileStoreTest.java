package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.TlsTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileStoreTest {

    @TempDir
    Path tmp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:04:05Z"), ZoneOffset.UTC);

    private Path file() {
        return tmp.resolve("config").resolve("pilothouse").resolve("profiles.json");
    }

    private static List<HostProfile> allKinds() {
        return List.of(
                HostProfile.create("local", new UnixSocketTransport("/var/run/docker.sock"), Environment.DEVELOPMENT),
                HostProfile.create("tls-1", TlsTransport.withCertDir("127.0.0.1", 23760, "/certs/a"), Environment.STAGING),
                HostProfile.create("tls-files", new TlsTransport("example.invalid", 2376, null, "/c/ca.pem",
                        "/c/cert.pem", "/c/key.pem"), Environment.PRODUCTION),
                HostProfile.create("ssh-1", new SshTransport("pilot", "127.0.0.1", 22220, "/home/me/.ssh/id_rsa",
                        "/home/me/kh", "/run/docker.sock"), new Environment("lab bench", "#123abc")),
                HostProfile.create("ssh-alias", new SshTransport(null, "builder", null, null, null, null),
                        Environment.of("qa")));
    }

    @Test
    void roundTripsAllTransportsAndCustomEnvironments() {
        ProfileStore store = new ProfileStore(file(), clock);
        List<HostProfile> profiles = allKinds();
        store.save(profiles);

        ProfileLoad load = new ProfileStore(file(), clock).load();
        assertThat(load.problem()).isEmpty();
        assertThat(load.fileExisted()).isTrue();
        assertThat(load.profiles()).containsExactlyElementsOf(profiles);
        assertThat(load.profiles().get(3).environment().colour()).isEqualTo("#123abc");
        assertThat(load.profiles().get(4).environment().colour()).isEqualTo(Environment.CUSTOM_COLOUR);
    }

    @Test
    void writesSchemaVersionAndTransportKinds() throws Exception {
        new ProfileStore(file(), clock).save(allKinds());
        String json = Files.readString(file());
        assertThat(json).contains("\"schemaVersion\" : 1").contains("\"kind\" : \"unix\"")
                .contains("\"kind\" : \"tls\"").contains("\"kind\" : \"ssh\"");
    }

    @Test
    void missingFileIsAnEmptyListWithoutProblem() {
        ProfileLoad load = new ProfileStore(file(), clock).load();
        assertThat(load.fileExisted()).isFalse();
        assertThat(load.profiles()).isEmpty();
        assertThat(load.problem()).isEmpty();
        assertThat(load.setAside()).isEmpty();
    }

    @Test
    void fileIsPrivateAndDirectoryToo() throws Exception {
        new ProfileStore(file(), clock).save(allKinds());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTempFile() throws Exception {
        ProfileStore store = new ProfileStore(file(), clock);
        store.save(allKinds());
        Object inodeBefore = Files.getAttribute(file(), "unix:ino");
        store.save(allKinds().subList(0, 2));
        Object inodeAfter = Files.getAttribute(file(), "unix:ino");
        // a rename puts a new file in place; an in-place rewrite would keep the inode
        assertThat(inodeAfter).isNotEqualTo(inodeBefore);
        try (Stream<Path> s = Files.list(file().getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("profiles.json");
        }
        assertThat(store.load().profiles()).hasSize(2);
    }

    @Test
    void failedSaveLeavesNoTempFileAndSaysWhere() throws Exception {
        // a non-empty folder where the file should be: the final rename cannot replace it
        Files.createDirectories(file().resolve("in-the-way"));
        assertThatThrownBy(() -> new ProfileStore(file(), clock).save(allKinds()))
                .isInstanceOf(ProfileStoreException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("previous file is unchanged");
        assertThat(file().resolve("in-the-way")).isDirectory();
        try (Stream<Path> s = Files.list(file().getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("profiles.json");
        }
    }

    @Test
    void badJsonIsMovedAsideAndReported() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"schemaVersion\":1,\"profiles\":[");
        ProfileLoad load = new ProfileStore(file(), clock).load();

        Path aside = file().resolveSibling("profiles.json.corrupt-20261122T030405Z");
        assertThat(load.setAside()).contains(aside);
        assertThat(Files.readString(aside)).isEqualTo("{\"schemaVersion\":1,\"profiles\":[");
        assertThat(file()).doesNotExist();
        assertThat(load.profiles()).isEmpty();
        assertThat(load.fileExisted()).isTrue();
        assertThat(load.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains(file().toString()).contains(aside.toString()).contains("not valid JSON"));
    }

    @Test
    void wrongShapeIsMovedAside() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "[1,2,3]");
        ProfileLoad load = new ProfileStore(file(), clock).load();
        assertThat(load.setAside()).isPresent();
        assertThat(load.problem()).hasValueSatisfying(p -> assertThat(p).contains("not a JSON object"));

        Files.writeString(file(), "{\"schemaVersion\":1,\"profiles\":{}}");
        ProfileLoad second = new ProfileStore(file(), clock).load();
        // a second corrupt file in the same second gets its own name
        assertThat(second.setAside()).contains(file().resolveSibling("profiles.json.corrupt-20261122T030405Z-2"));
        assertThat(second.problem()).hasValueSatisfying(p -> assertThat(p).contains("no list of profiles"));
    }

    @Test
    void invalidProfileIsMovedAsideNamingIt() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                {"schemaVersion":1,"profiles":[
                 {"id":"a","name":"ok","transport":{"kind":"unix","socketPath":"/run/docker.sock"}},
                 {"id":"b","name":"bad name!","transport":{"kind":"unix","socketPath":"/run/docker.sock"}}]}
                """);
        ProfileLoad load = new ProfileStore(file(), clock).load();
        assertThat(load.setAside()).isPresent();
        assertThat(load.problem()).hasValueSatisfying(p -> assertThat(p).contains("profile 2").contains("bad name!"));
    }

    @Test
    void duplicateNamesAreInvalid() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                {"schemaVersion":1,"profiles":[
                 {"id":"a","name":"Web","transport":{"kind":"unix","socketPath":"/run/docker.sock"}},
                 {"id":"b","name":"web","transport":{"kind":"unix","socketPath":"/run/docker.sock"}}]}
                """);
        ProfileLoad load = new ProfileStore(file(), clock).load();
        assertThat(load.problem()).hasValueSatisfying(p -> assertThat(p).contains("'web' is used twice"));
    }

    @Test
    void newerSchemaIsLeftUntouchedAndNotSavedOver() throws Exception {
        Files.createDirectories(file().getParent());
        String newer = "{\"schemaVersion\":2,\"profiles\":[],\"somethingNew\":true}";
        Files.writeString(file(), newer);
        ProfileStore store = new ProfileStore(file(), clock);
        ProfileLoad load = store.load();

        assertThat(load.setAside()).isEmpty();
        assertThat(load.problem()).hasValueSatisfying(p -> assertThat(p).contains("newer").contains("schema version 2"));
        assertThatThrownBy(() -> store.save(allKinds())).isInstanceOf(ProfileStoreException.class)
                .hasMessageContaining("newer");
        assertThat(Files.readString(file())).isEqualTo(newer);
    }

    @Test
    void noSecretInTheWrittenFile() throws Exception {
        HostProfile withKey = HostProfile.create("ssh-key", new SshTransport("pilot", "127.0.0.1", 22220,
                "/home/me/.ssh/id_rsa", null, null), Environment.PRODUCTION);
        ProfileStore store = new ProfileStore(file(), clock);
        store.save(List.of(withKey));
        String json = Files.readString(file()).toLowerCase();
        assertThat(json).contains("identityfile").contains("/home/me/.ssh/id_rsa");
        assertThat(json).doesNotContain("passphrase").doesNotContain("password").doesNotContain("secret");
        assertThat(store.toJson(List.of(withKey))).isEqualTo(Files.readString(file()));
    }
}
