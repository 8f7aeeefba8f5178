package io.pilothouse.core.model;

/**
 * Receives coalesced inventory changes (at most one call every ~100 ms) on the inventory's own
 * dispatch thread, one call at a time, in order. A UI must hop to its own thread; a listener that
 * throws is logged and keeps receiving.
 */
@FunctionalInterface
public interface InventoryListener {

    void inventoryChanged(InventoryChange change);

    /** The feed's state changed; {@code detail} is a sentence for a person (why it reconnects, ...). */
    default void feedStateChanged(FeedState state, String detail) {
    }
}
