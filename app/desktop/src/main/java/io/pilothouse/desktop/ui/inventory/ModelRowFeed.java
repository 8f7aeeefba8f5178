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
    public AutoCloseable subscribe(Consumer<InventoryRows> listener, Consumer<String> notices) {
        InventoryListener l = new InventoryListener() {
            @Override
            public void inventoryChanged(InventoryChange change) {
                listener.accept(SnapshotRows.of(change.after()));
            }

            @Override
            public void feedStateChanged(FeedState state, String detail) {
                notices.accept(switch (state) {
                    case LIVE -> "";
                    case LOADING -> "Reading the inventory of " + inventory.current().host() + "…";
                    case RECONNECTING -> "The inventory may be out of date: " + (detail == null || detail.isBlank()
                            ? "reconnecting to the engine." : detail);
                    case CLOSED -> "The inventory no longer follows the engine.";
                });
            }
        };
        inventory.addListener(l);
        if (!inventory.current().takenAt().equals(Instant.EPOCH)) {
            listener.accept(SnapshotRows.of(inventory.current()));
        }
        return () -> inventory.removeListener(l);
    }
}
