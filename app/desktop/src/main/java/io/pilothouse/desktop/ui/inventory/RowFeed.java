package io.pilothouse.desktop.ui.inventory;

import java.util.function.Consumer;

/**
 * The inventory of one host, as table rows: the current picture at once, then a new one after each
 * batch of changes, on whatever thread the core delivers it. Closing the subscription stops it.
 */
public interface RowFeed {

    /**
     * @param rows    each new picture
     * @param notices a sentence when the pictures may be stale (reconnecting, closed), an empty one when live again
     */
    AutoCloseable subscribe(Consumer<InventoryRows> rows, Consumer<String> notices);
}
