package io.pilothouse.core.updates;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.workflows.upgrade.ImageReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotUpdateFinderTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String OLD = "sha256:" + "a".repeat(64);
    private static final String NEW = "sha256:" + "b".repeat(64);
    private final List<String> asked = new ArrayList<>();

    private SnapshotUpdateFinder finder(Map<String, Object> registry) {
        return new SnapshotUpdateFinder(ref -> {
            asked.add(ref.toString());
            Object answer = registry.get(ref.toString());
            if (answer instanceof IOException e) {
                throw e;
            }
            if (answer == null) {
                throw new IOException(ref + " is not in the registry " + ref.registry() + " (no such tag)");
            }
            return (String) answer;
        }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aTagThatMovesIsAnUpdateAndTheRegistryIsAskedOncePerReference() throws Exception {
        InventorySnapshot s = snapshot(List.of(
                        container("c1", "web-1", "127.0.0.1:25000/app:1", "sha256:img1"),
                        container("c2", "web-2", "127.0.0.1:25000/app:1", "sha256:img1"),
                        container("c3", "db", "127.0.0.1:25000/db:1", "sha256:img2")),
                List.of(),
                List.of(image("sha256:img1", "127.0.0.1:25000/app:1", "127.0.0.1:25000/app@" + OLD),
                        image("sha256:img2", "127.0.0.1:25000/db:1", "127.0.0.1:25000/db@" + NEW)));

        Map<String, ImageUpdate> found = byName(finder(Map.of("127.0.0.1:25000/app:1", NEW, "127.0.0.1:25000/db:1", NEW)).check(s));

        assertThat(found.get("web-1").state()).isEqualTo(UpdateState.UPDATE_AVAILABLE);
        assertThat(found.get("web-1").localDigest()).isEqualTo(OLD);
        assertThat(found.get("web-1").registryDigest()).isEqualTo(NEW);
        assertThat(found.get("web-1").checkedAt()).isEqualTo(NOW);
        assertThat(found.get("web-2").state()).isEqualTo(UpdateState.UPDATE_AVAILABLE);
        assertThat(found.get("db").state()).isEqualTo(UpdateState.CURRENT);
        assertThat(asked).containsExactlyInAnyOrder("127.0.0.1:25000/app:1", "127.0.0.1:25000/db:1");
    }

    @Test
    void anImageWithoutARegistryDigestOfItsRepositoryIsNotFromARegistryAndItsRegistryIsNotAsked() throws Exception {
        InventorySnapshot s = snapshot(List.of(container("c1", "local", "127.0.0.1:25000/phub-built:1", "sha256:img1"),
                        container("c2", "tagged", "127.0.0.1:25000/phub-other:1", "sha256:img2"),
                        container("c3", "unreachable", "127.0.0.1:1/phub-built:1", "sha256:img3"),
                        container("c4", "byid", "sha256:" + "c".repeat(64), "sha256:" + "c".repeat(64))),
                List.of(), List.of(image("sha256:img1", "127.0.0.1:25000/phub-built:1"),
                        image("sha256:img2", "127.0.0.1:25000/phub-other:1", "127.0.0.1:25000/elsewhere@" + NEW),
                        image("sha256:img3", "127.0.0.1:1/phub-built:1", "127.0.0.1:1/phub-built@" + OLD)));

        Map<String, ImageUpdate> found = byName(finder(Map.of("127.0.0.1:25000/phub-other:1", NEW,
                "127.0.0.1:1/phub-built:1", new IOException("The registry 127.0.0.1:1 cannot be reached (connection refused)"))).check(s));

        assertThat(found.get("local").state()).isEqualTo(UpdateState.NOT_FROM_REGISTRY);
        assertThat(found.get("local").reason()).contains("built or loaded on this host");
        assertThat(found.get("tagged").state()).isEqualTo(UpdateState.NOT_FROM_REGISTRY);
        assertThat(found.get("tagged").localDigest()).isNull();
        assertThat(found.get("unreachable").state()).isEqualTo(UpdateState.COULD_NOT_CHECK);
        assertThat(found.get("unreachable").reason()).contains("cannot be reached");
        assertThat(found.get("byid").state()).isEqualTo(UpdateState.NOT_FROM_REGISTRY);
        assertThat(asked).containsExactly("127.0.0.1:1/phub-built:1");
    }

    @Test
    void aRegistryThatCannotBeReachedGivesItsReasonPerImage() throws Exception {
        InventorySnapshot s = snapshot(List.of(
                        container("c1", "down", "127.0.0.1:1/app:1", "sha256:img1"),
                        container("c2", "slow", "127.0.0.1:2/app:1", "sha256:img2"),
                        container("c3", "gone", "127.0.0.1:25000/app:9", "sha256:img3")),
                List.of(),
                List.of(image("sha256:img1", "127.0.0.1:1/app:1", "127.0.0.1:1/app@" + OLD),
                        image("sha256:img2", "127.0.0.1:2/app:1", "127.0.0.1:2/app@" + OLD),
                        image("sha256:img3", "127.0.0.1:25000/app:9", "127.0.0.1:25000/app@" + OLD)));

        Map<String, ImageUpdate> found = byName(finder(Map.of(
                "127.0.0.1:1/app:1", new IOException("The registry 127.0.0.1:1 cannot be reached (connection refused)"),
                "127.0.0.1:2/app:1", new HttpTimeoutException("request timed out"))).check(s));

        assertThat(found.get("down").state()).isEqualTo(UpdateState.COULD_NOT_CHECK);
        assertThat(found.get("down").reason()).isEqualTo("The registry 127.0.0.1:1 cannot be reached (connection refused)");
        assertThat(found.get("down").localDigest()).isEqualTo(OLD);
        assertThat(found.get("slow").reason()).isEqualTo("The registry 127.0.0.1:2 did not answer in time for 127.0.0.1:2/app:1.");
        assertThat(found.get("gone").reason()).contains("no such tag");
    }

    @Test
    void aServiceComparesTheDigestItIsPinnedToAndItsTasksAreLeftToIt() throws Exception {
        ContainerInfo task = container("t1", "shop_web.1.x", "127.0.0.1:25000/app:1@" + OLD, "sha256:img1",
                Map.of("com.docker.swarm.service.id", "s1"));
        InventorySnapshot s = snapshot(List.of(task),
                List.of(service("s1", "shop_web", "127.0.0.1:25000/app:1@" + OLD),
                        service("s2", "shop_api", "127.0.0.1:25000/api:2")),
                List.of(image("sha256:img4", "127.0.0.1:25000/api:2", "127.0.0.1:25000/api@" + NEW)));

        List<ImageUpdate> found = finder(Map.of("127.0.0.1:25000/app:1", NEW, "127.0.0.1:25000/api:2", NEW)).check(s);

        assertThat(found).extracting(ImageUpdate::targetName).containsExactlyInAnyOrder("shop_web", "shop_api");
        Map<String, ImageUpdate> byName = byName(found);
        assertThat(byName.get("shop_web").state()).isEqualTo(UpdateState.UPDATE_AVAILABLE);
        assertThat(byName.get("shop_web").service()).isTrue();
        assertThat(byName.get("shop_web").image()).isEqualTo("127.0.0.1:25000/app:1");
        assertThat(byName.get("shop_api").state()).isEqualTo(UpdateState.CURRENT);
    }

    @Test
    void aServiceWithoutTasksHereIsComparedByItsPinnedDigestNotByTheLocalTag() throws Exception {
        ServiceInfo pinned = new ServiceInfo("s1", "shop_web", "127.0.0.1:25000/app:1", ServiceMode.REPLICATED, 0, 0,
                Optional.empty(), List.of(), List.of(), Map.of(), NOW, NOW, OLD);
        // the tag was pulled again on this host since: locally it is the new image, the service still runs the old
        InventorySnapshot s = snapshot(List.of(), List.of(pinned),
                List.of(image("sha256:img9", "127.0.0.1:25000/app:1", "127.0.0.1:25000/app@" + NEW)));

        ImageUpdate found = finder(Map.of("127.0.0.1:25000/app:1", NEW)).check(s).get(0);

        assertThat(found.state()).isEqualTo(UpdateState.UPDATE_AVAILABLE);
        assertThat(found.localDigest()).isEqualTo(OLD);
        assertThat(found.registryDigest()).isEqualTo(NEW);
    }

    @Test
    void referencesNameTheTagsAsked() {
        InventorySnapshot s = snapshot(List.of(container("c1", "a", "busybox", "sha256:x")),
                List.of(service("s1", "b", "127.0.0.1:25000/app:1@" + OLD)), List.of());
        assertThat(SnapshotUpdateFinder.references(s)).containsExactlyInAnyOrder("busybox:latest", "127.0.0.1:25000/app:1");
        assertThat(SnapshotUpdateFinder.tagOf("docker.io/library/busybox:1")).contains("busybox:1");
        assertThat(ImageReference.parse("busybox:1").toString()).isEqualTo("busybox:1");
    }

    private static Map<String, ImageUpdate> byName(List<ImageUpdate> updates) {
        return updates.stream().collect(Collectors.toMap(ImageUpdate::targetName, Function.identity()));
    }

    static InventorySnapshot snapshot(List<ContainerInfo> containers, List<ServiceInfo> services, List<ImageInfo> images) {
        return new InventorySnapshot("test", NOW, !services.isEmpty(), containers, services, List.of(), List.of(), List.of(),
                List.of(), images);
    }

    static ContainerInfo container(String id, String name, String image, String imageId) {
        return container(id, name, image, imageId, Map.of());
    }

    static ContainerInfo container(String id, String name, String image, String imageId, Map<String, String> labels) {
        return new ContainerInfo(id, name, image, imageId, "sh", ContainerState.RUNNING, "Up", HealthStatus.NONE, 0,
                Optional.empty(), NOW, Optional.of(NOW), Optional.empty(), List.of(), List.of(), List.of(), labels,
                Optional.empty(), Optional.empty(), Optional.empty(), true);
    }

    static ServiceInfo service(String id, String name, String image) {
        return new ServiceInfo(id, name, image, ServiceMode.REPLICATED, 1, 1, Optional.empty(), List.of(), List.of(),
                Map.of(), NOW, NOW);
    }

    static ImageInfo image(String id, String tag, String... repoDigests) {
        return new ImageInfo(id, List.of(tag), List.of(repoDigests), 1, NOW, Map.of());
    }
}
