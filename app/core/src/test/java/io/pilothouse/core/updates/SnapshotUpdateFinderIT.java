package io.pilothouse.core.updates;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RegistryDigests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Update checks on the test engine with the test registry: an image pushed, a container run from it,
 * another image pushed under the same tag. Only this test's containers are checked (other tests'
 * containers on the shared engine are left out of the snapshot).
 */
class SnapshotUpdateFinderIT {

    private static final TestEnv ENV = TestEnv.get();
    private final String run = "phub-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> pushed = new ArrayList<>();
    @TempDir
    Path home;
    private HostSession session;
    private HostInventory inventory;

    @BeforeEach
    void connect() {
        HostProfile p = HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        AppDirectories dirs = AppDirectories.from(Map.of(), home);
        session = new ConnectionFactory(dirs).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)));
    }

    @AfterEach
    void removeEverything() {
        if (inventory != null) {
            inventory.close();
        }
        containers.forEach(c -> quietly("rm", "-f", c));
        images.forEach(i -> quietly("rmi", "-f", i));
        for (String manifest : pushed) {
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://" + manifest)).timeout(Duration.ofSeconds(10)).DELETE().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (Exception ignored) {
                // the registry keeps it; it is labelled as a test image
            }
        }
        session.close();
    }

    private static void quietly(String... args) {
        try {
            ENV.docker(args);
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    @Test
    void aTagPushedAgainIsANewerImageForTheOldContainerOnly() throws Exception {
        String ref = ENV.registry() + "/" + run + ":1";
        build(ref, "1");
        push(ref);
        String old = container("old", ref);
        build(ref, "2");
        push(ref);
        String current = container("current", ref);
        String closedRef = "127.0.0.1:1/" + run + ":1";
        ENV.docker("tag", ref, closedRef);
        String closed = container("closed", closedRef);
        String localRef = ENV.registry() + "/" + run + "-local:1";
        build(localRef, "3");
        String local = container("local", localRef);

        Map<String, ImageUpdate> found = byName(new SnapshotUpdateFinder(
                new RegistryDigests(RegistryCredentials.none(), Duration.ofSeconds(10))::digest, Clock.systemUTC())
                .check(mine(List.of(old, current, closed, local))));

        String pushed = ENV.docker("image", "inspect", "-f", "{{index .RepoDigests 0}}", ref).replaceFirst(".*@", "");
        assertThat(found.get(old).state()).as(found.get(old).toString()).isEqualTo(UpdateState.UPDATE_AVAILABLE);
        assertThat(found.get(old).registryDigest()).isEqualTo(pushed);
        assertThat(found.get(old).localDigest()).isNotEqualTo(pushed).startsWith("sha256:");
        assertThat(found.get(current).state()).as(found.get(current).toString()).isEqualTo(UpdateState.CURRENT);
        assertThat(found.get(current).localDigest()).isEqualTo(pushed);
        assertThat(found.get(closed).state()).as("tagged here, never pulled from 127.0.0.1:1")
                .isEqualTo(UpdateState.NOT_FROM_REGISTRY);
        assertThat(found.get(local).state()).as(found.get(local).toString()).isEqualTo(UpdateState.NOT_FROM_REGISTRY);
    }

    @Test
    void aTagPushedAgainAndThenDeletedFromTheRegistryCannotBeChecked() throws Exception {
        String ref = ENV.registry() + "/" + run + ":1";
        build(ref, "1");
        push(ref);
        String gone = container("gone", ref);
        java.net.http.HttpResponse<Void> deleted = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://" + pushed.get(0))).timeout(Duration.ofSeconds(10)).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(deleted.statusCode()).isEqualTo(202);

        ImageUpdate found = new SnapshotUpdateFinder(new RegistryDigests(RegistryCredentials.none(), Duration.ofSeconds(10))::digest,
                Clock.systemUTC()).check(mine(List.of(gone))).get(0);

        assertThat(found.state()).isEqualTo(UpdateState.COULD_NOT_CHECK);
        assertThat(found.reason()).isEqualTo(ref + " is not in the registry " + ENV.registry() + " (no such tag)");
    }

    @Test
    void anImagePulledFromARegistryThatIsNowClosedCannotBeChecked() throws Exception {
        // the engine cannot pull from a closed port, so the image it would have is described as the inventory
        // would show it; the registry client itself talks to the closed loopback port
        String digest = "sha256:" + "d".repeat(64);
        InventorySnapshot snapshot = new InventorySnapshot("engine", java.time.Instant.now(), false,
                List.of(new ContainerInfo("c1", run + "-closed", "127.0.0.1:1/" + run + ":1", "sha256:img",
                        "sleep", io.pilothouse.core.model.ContainerState.RUNNING, "Up", null, 0, java.util.Optional.empty(),
                        null, java.util.Optional.empty(), java.util.Optional.empty(), List.of(), List.of(), List.of(), Map.of(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), true)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new io.pilothouse.core.model.ImageInfo("sha256:img", List.of("127.0.0.1:1/" + run + ":1"),
                        List.of("127.0.0.1:1/" + run + "@" + digest), 1, null, Map.of())));

        ImageUpdate found = new SnapshotUpdateFinder(new RegistryDigests(RegistryCredentials.none(), Duration.ofSeconds(10))::digest,
                Clock.systemUTC()).check(snapshot).get(0);

        assertThat(found.state()).isEqualTo(UpdateState.COULD_NOT_CHECK);
        assertThat(found.reason()).isEqualTo("The registry 127.0.0.1:1 cannot be reached (connection refused)");
        assertThat(found.localDigest()).isEqualTo(digest);
    }

    /** The engine's inventory with only this test's containers (their images and the rest as they are). */
    private InventorySnapshot mine(List<String> names) {
        inventory = HostInventory.start(session, VolumeChoices.in(AppDirectories.from(Map.of(), home)), InventoryOptions.defaults());
        await().atMost(Duration.ofSeconds(60)).until(() -> names.stream().allMatch(n ->
                inventory.current().container(n).map(c -> !c.image().startsWith("sha256:")).orElse(false)));
        InventorySnapshot all = inventory.current();
        List<ContainerInfo> containers = all.containers().values().stream().filter(c -> names.contains(c.name())).toList();
        return new InventorySnapshot(all.host(), all.takenAt(), all.swarmManager(), containers, List.of(), List.of(),
                List.of(), List.of(), List.of(), all.images().values());
    }

    private void build(String ref, String version) throws Exception {
        Path dir = Files.createDirectories(home.resolve("build-" + version));
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + ENV.image() + "\nLABEL io.pilothouse.test=true phub.version=" + version
                + " phub.run=" + run + "\n");
        ENV.docker("build", "-q", "-t", ref, dir.toString());
        images.add(ENV.docker("image", "inspect", "-f", "{{.Id}}", ref));
    }

    /** Pushes, and notes the manifest to delete from the registry afterwards. */
    private void push(String ref) {
        ENV.docker("push", ref);
        String digest = ENV.docker("image", "inspect", "-f", "{{index .RepoDigests 0}}", ref).replaceFirst(".*@", "");
        pushed.add(ENV.registry() + "/v2/" + run + "/manifests/" + digest);
    }

    private String container(String suffix, String ref) {
        String name = run + "-" + suffix;
        ENV.docker("create", "--label", "io.pilothouse.test=true", "--name", name, ref, "sleep", "300");
        containers.add(name);
        return name;
    }

    private static Map<String, ImageUpdate> byName(List<ImageUpdate> updates) {
        return updates.stream().collect(Collectors.toMap(ImageUpdate::targetName, Function.identity()));
    }
}
