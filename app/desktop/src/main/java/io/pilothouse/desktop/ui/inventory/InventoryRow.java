package io.pilothouse.desktop.ui.inventory;

/** One line of an inventory table: a stable key to update it in place, its stack, and what the quick filter searches. */
public interface InventoryRow {

    /** Stable identity across updates (container id, volume name, ...). */
    String key();

    String name();

    /** The compose project or swarm stack, or empty when the object belongs to none. */
    String stack();

    /** Name, image, stack, state and the like, for the quick filter. */
    String searchText();
}
