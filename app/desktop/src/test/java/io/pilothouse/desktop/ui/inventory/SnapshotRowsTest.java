package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.StackRef;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotRowsTest {

    static final Instant T = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void theSnapshotBecomesTheRowsOfEachTable() {
        StackRef shop = new StackRef("shop", StackKind.COMPOSE);
        ContainerInfo db = new ContainerInfo("c1", "/shop-db-1", "postgres:16", "sha256:img1", "postgres", ContainerState.RUNNING,
                "Up 2 hours", HealthStatus.UNHEALTHY, 3, Optional.empty(), T, Optional.of(T), Optional.empty(),
                List.of(PortBinding.published("127.0.0.1", 5432, 5432, "tcp"), PortBinding.exposed(5433, "tcp")),
                List.of(new NetworkAttachment("shop_default", "n1", "172.18.0.2", List.of("db"))),
                List.of(new MountRef(VolumeKind.NAMED, "shop_dbdata", "/var/lib/docker/volumes/shop_dbdata/_data", "/var/lib/postgresql/data", false)),
                Map.of(), Optional.of(shop), Optional.of("db"), Optional.empty(), true);
        ContainerInfo old = new ContainerInfo("c2", "old", "busybox", "sha256:img2", "sh", ContainerState.EXITED, "Exited (137)",
                HealthStatus.NONE, 0, Optional.of(137), T, Optional.of(T), Optional.of(T), List.of(), List.of(), List.of(),
                Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), true);
        VolumeInfo data = new VolumeInfo("shop_dbdata", "shop_dbdata", VolumeKind.NAMED, "local", "", Map.of(), Optional.of(shop),
                List.of("c1"), new VolumeClassification(VolumeClass.REGENERABLE, ClassificationSource.USER_CHOICE, "saved by the user"),
                Optional.of(T));
        ServiceInfo api = new ServiceInfo("s1", "shop_api", "api:2", ServiceMode.REPLICATED, 3, 2, Optional.of("shop"), List.of(),
                List.of(), Map.of(), T, T);
        NetworkInfo net = new NetworkInfo("n1", "shop_default", "bridge", "local", false, false, false, Optional.of(shop), Map.of(), T);
        ImageInfo image = new ImageInfo("sha256:img1", List.of("postgres:16"), List.of(), 400L << 20, T, Map.of());
        InventorySnapshot snapshot = new InventorySnapshot("dev-1", T, true, List.of(db, old), List.of(api), List.of(), List.of(),
                List.of(net), List.of(data), List.of(image));

        InventoryRows rows = SnapshotRows.of(snapshot);

        assertThat(rows.containers()).contains(new ContainerRow("c1", "shop-db-1", "postgres:16", "shop", "running", "unhealthy",
                List.of("127.0.0.1:5432->5432/tcp"), 3, null, T));
        assertThat(rows.containers()).contains(new ContainerRow("c2", "old", "busybox", "", "exited", "", List.of(), 0, 137, T));
        assertThat(rows.services()).containsExactly(new ServiceRow("s1", "shop_api", "api:2", "shop", "replicated", 2, 3, List.of()));
        assertThat(rows.services().get(0).state()).isEqualTo("degraded");
        assertThat(rows.volumes()).containsExactly(new VolumeRow("shop_dbdata", "shop_dbdata", "named", "shop", "regenerable",
                "saved by the user", List.of("shop-db-1")));
        assertThat(rows.networks()).hasSize(1);
        assertThat(rows.networks().get(0).containers()).containsExactly("shop-db-1");
        assertThat(rows.images()).containsExactly(new ImageRow("sha256:img1", List.of("postgres:16"), 400L << 20, T, 1));
    }
}
