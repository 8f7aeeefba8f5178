package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An inventory the test feeds snapshot by snapshot, calling listeners as the live one does. */
final class HandFedInventory implements InventoryFeed {

    final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile InventorySnapshot current;
    private volatile FeedState state = FeedState.LIVE;

    HandFedInventory(InventorySnapshot first) {
        this.current = first;
    }

    void publish(InventorySnapshot next) {
        InventoryChange change = InventoryChange.between(current, next, false);
        current = next;
        listeners.forEach(l -> l.inventoryChanged(change));
    }

    void state(FeedState next, String detail) {
        state = next;
        listeners.forEach(l -> l.feedStateChanged(next, detail));
    }

    @Override public InventorySnapshot current() { return current; }
    @Override public FeedState state() { return state; }
    @Override public void addListener(InventoryListener listener) { listeners.add(listener); }
    @Override public void removeListener(InventoryListener listener) { listeners.remove(listener); }
    @Override public void close() { state(FeedState.CLOSED, ""); }
}
