package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/** A network as the networks table shows it. */
public record NetworkRow(String id, String name, String driver, String scope, String stack, List<String> containers)
        implements InventoryRow {

    public NetworkRow {
        stack = stack == null ? "" : stack;
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String searchText() {
        return String.join(" ", name, driver, scope, stack);
    }
}
