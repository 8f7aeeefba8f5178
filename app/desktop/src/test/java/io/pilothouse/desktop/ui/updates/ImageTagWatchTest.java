package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.updates.UpdateState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTagWatchTest {

    final AtomicInteger checks = new AtomicInteger();
    final UpdatesViewModel vm = new UpdatesViewModel(() -> {
        checks.incrementAndGet();
        return List.of(UpdatesViewModelTest.update("c1", "web", UpdateState.UPDATE_AVAILABLE, ""));
    }, Runnable::run, Runnable::run, Duration.ofSeconds(30), ZoneOffset.UTC);
    final ImageTagWatch watch = new ImageTagWatch(vm, Runnable::run);

    static InventorySnapshot images(ImageInfo... images) {
        return new InventorySnapshot("h", Instant.now(), false, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(images));
    }

    static ImageInfo image(String id, String tag) {
        return new ImageInfo(id, List.of(tag), List.of(), 1, Instant.EPOCH, Map.of());
    }

    @Test
    void aFullSnapshotStartsACheck() {
        watch.inventoryChanged(InventoryChange.between(InventorySnapshot.empty("h"), images(), true));
        assertThat(checks).hasValue(1);
    }

    @Test
    void anImagePulledUnderACheckedTagStartsACheckAndOthersDoNot() {
        watch.inventoryChanged(InventoryChange.between(InventorySnapshot.empty("h"), images(), true));
        InventorySnapshot before = images(image("sha256:1", "127.0.0.1:25000/app:1"));

        watch.inventoryChanged(InventoryChange.between(before, images(image("sha256:1", "127.0.0.1:25000/app:1"),
                image("sha256:2", "127.0.0.1:25000/other:3")), false));
        assertThat(checks).as("another tag").hasValue(1);

        watch.inventoryChanged(InventoryChange.between(before, images(image("sha256:3", "127.0.0.1:25000/app:1")), false));
        assertThat(checks).as("the checked tag now names another image").hasValue(2);
    }
}
