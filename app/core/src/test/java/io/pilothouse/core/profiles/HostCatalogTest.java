package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostCatalogTest {

    @TempDir
    Path tmp;

    private ProfileStore store;
    private Journal journal;
    private HostCatalog catalog;

    @BeforeEach
    void setUp() {
        store = new ProfileStore(tmp.resolve("profiles.json"));
        journal = new Journal(tmp.resolve("journal.jsonl"));
        catalog = new HostCatalog(store, journal);
        catalog.reload();
    }

    private static HostProfile unix(String name) {
        return HostProfile.create(name, new UnixSocketTransport("/var/run/docker.sock"), Environment.DEVELOPMENT);
    }

    @Test
    void addSavesAtOnceAndJournals() {
        catalog.add(unix("web"));
        assertThat(new ProfileStore(tmp.resolve("profiles.json")).load().profiles())
                .extracting(HostProfile::name).containsExactly("web");
        assertThat(journal.readAll()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("host.added");
            assertThat(e.host()).isEqualTo("web");
            assertThat(e.environment()).isEqualTo("development");
            assertThat(e.details()).containsEntry("url", "unix:///var/run/docker.sock");
        });
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        catalog.add(unix("Web"));
        assertThatThrownBy(() -> catalog.add(unix("web")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("web").hasMessageContaining("taken by the host Web");
        assertThatThrownBy(() -> catalog.add(unix("Web")))
                .hasMessageContaining("The name Web is already taken");
        assertThat(catalog.list()).hasSize(1);
        assertThat(catalog.find("WEB")).isPresent();
    }

    @Test
    void updateJournalsWhatChanged() {
        HostProfile web = catalog.add(unix("web"));
        HostProfile changed = web.withName("web-2").withEnvironment(Environment.PRODUCTION)
                .withTransport(new SshTransport("pilot", "web.invalid", 22, null, null, null));
        catalog.update(changed);

        assertThat(catalog.find("web")).isEmpty();
        assertThat(catalog.find("web-2")).contains(changed);
        JournalEntry last = journal.readAll().get(1);
        assertThat(last.event()).isEqualTo("host.changed");
        assertThat(last.details()).containsEntry("name", "web -> web-2")
                .containsEntry("transport", "unix:///var/run/docker.sock -> ssh://pilot@web.invalid:22")
                .containsKey("environment");
        assertThat(last.details().get("environment")).contains("development").contains("production");
        assertThat(last.summary()).contains("name").contains("transport").contains("environment");
    }

    @Test
    void renameOntoAnotherHostsNameIsRefused() {
        catalog.add(unix("a"));
        HostProfile b = catalog.add(unix("b"));
        assertThatThrownBy(() -> catalog.update(b.withName("A"))).hasMessageContaining("taken by the host a");
        // renaming to itself in another case is fine
        catalog.update(b.withName("B"));
        assertThat(catalog.list()).extracting(HostProfile::name).containsExactly("a", "B");
    }

    @Test
    void removeAndDuplicate() {
        catalog.add(unix("web"));
        HostProfile copy = catalog.duplicate("web", null);
        HostProfile copy2 = catalog.duplicate("web", null);
        HostProfile named = catalog.duplicate("WEB", "web-eu");
        assertThat(copy.name()).isEqualTo("web-copy");
        assertThat(copy2.name()).isEqualTo("web-copy-2");
        assertThat(named.name()).isEqualTo("web-eu");
        assertThat(copy.id()).isNotEqualTo(catalog.find("web").orElseThrow().id());

        assertThat(catalog.remove("Web-Copy")).isTrue();
        assertThat(catalog.remove("nothing")).isFalse();
        assertThat(catalog.list()).extracting(HostProfile::name).containsExactly("web", "web-copy-2", "web-eu");
        assertThat(journal.readAll()).extracting(JournalEntry::event)
                .containsExactly("host.added", "host.duplicated", "host.duplicated", "host.duplicated", "host.removed");
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger calls = new AtomicInteger();
        catalog.addListener(calls::incrementAndGet);
        HostProfile web = catalog.add(unix("web"));
        catalog.update(web.withEnvironment(Environment.STAGING));
        catalog.duplicate("web", null);
        catalog.remove("web");
        assertThat(calls).hasValue(4);
    }

    @Test
    void seesWhatAnotherCatalogSavedBeforeChanging() {
        HostCatalog other = new HostCatalog(new ProfileStore(tmp.resolve("profiles.json")), journal);
        other.add(unix("from-cli"));
        catalog.add(unix("from-app"));
        assertThat(new ProfileStore(tmp.resolve("profiles.json")).load().profiles())
                .extracting(HostProfile::name).containsExactly("from-cli", "from-app");
    }

    @Test
    void catalogsAddingAtOnceLoseNoHost() throws Exception {
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            // each writer has its own catalog and store over the same file, as separate programs would
            HostCatalog own = new HostCatalog(new ProfileStore(tmp.resolve("profiles.json")), journal);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    own.add(unix("w" + id + "-" + i));
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(new ProfileStore(tmp.resolve("profiles.json")).load().profiles()).hasSize(writers * 10);
    }

    @Test
    void aFailedSaveChangesNothing() throws Exception {
        Files.writeString(tmp.resolve("profiles.json"), "{\"schemaVersion\":9,\"profiles\":[]}");
        ProfileLoad load = catalog.reload();
        assertThat(load.problem()).isPresent();
        assertThatThrownBy(() -> catalog.add(unix("web"))).isInstanceOf(ProfileStoreException.class);
        assertThat(catalog.list()).isEmpty();
        assertThat(journal.readAll()).isEmpty();
        assertThat(List.of(Files.readString(tmp.resolve("profiles.json")))).containsExactly("{\"schemaVersion\":9,\"profiles\":[]}");
    }
}
