package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.model.InventoryListener;

import java.time.Instant;
import java.util.function.Consumer;

/** The core's live inventory as table rows: the current snapshot at once, then one picture per change batch. */
public final class ModelRowFeed implements RowFeed {

    private final InventoryFeed inventory;

    public ModelRowFeed(InventoryFeed inventory) {
        this.inventory = inventory;
    }

    @Override
    public AutoCloseable subscribe(Consumer<InventoryRows> listener) {
        InventoryListener l = new InventoryListener() {
            @Override
            public void inventoryChanged(InventoryChange change) {
                listener.accept(SnapshotRows.of(change.after()));
            }

            @Override
            public void feedStateChanged(FeedState state, String detail) {
                // the rows stay as they were; the host's status shows why they may be stale
            }
        };
        inventory.addListener(l);
        if (!inventory.current().takenAt().equals(Instant.EPOCH)) {
            listener.accept(SnapshotRows.of(inventory.current()));
        }
        return () -> inventory.removeListener(l);
    }
}
