package io.pilothouse.desktop.ui.inventory;

import java.time.Instant;
import java.util.List;

/** Rows for tests. */
final class Rows {

    private Rows() {
    }

    static ContainerRow container(String id, String name, String stack, String state) {
        return new ContainerRow(id, name, "nginx:1.25", stack, state, "", List.of("0.0.0.0:8080->80/tcp"), 0,
                state.equals("exited") ? 0 : null, Instant.parse("2026-11-22T01:00:00Z"));
    }

    static InventoryRows containers(ContainerRow... rows) {
        return new InventoryRows(List.of(rows), List.of(), List.of(), List.of(), List.of());
    }
}
