package io.pilothouse.core.model;

/**
 * A host's inventory that stays current by itself (the engine's event stream). Views code against
 * this; {@code io.pilothouse.core.inventory.HostInventory} is the live implementation.
 */
public interface InventoryFeed extends AutoCloseable {

    /** The newest snapshot; an empty one (time EPOCH) until the first snapshot is taken. Never null. */
    InventorySnapshot current();

    FeedState state();

    /** Adds a listener; it first receives nothing until the next change (read {@link #current()} after adding). */
    void addListener(InventoryListener listener);

    void removeListener(InventoryListener listener);

    /** Stops following the engine; listeners get {@link FeedState#CLOSED}. Idempotent. */
    @Override
    void close();
}
