package io.pilothouse.desktop.ui.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A container as the containers table shows it.
 *
 * @param maintenance who holds maintenance locks in it, since when and which paths, one line per holder; empty when nobody does
 * @param maintainedBy the same in short for the table cell ("alice since 10:42:03"); empty when nobody does
 */
public record ContainerRow(String id, String name, String image, String stack, String state, String health,
                           List<String> ports, int restartCount, Integer exitCode, Instant startedAt,
                           String maintenance, String maintainedBy)
        implements InventoryRow {

    /** A container nobody holds maintenance locks in. */
    public ContainerRow(String id, String name, String image, String stack, String state, String health,
                        List<String> ports, int restartCount, Integer exitCode, Instant startedAt) {
        this(id, name, image, stack, state, health, ports, restartCount, exitCode, startedAt, "", "");
    }

    public ContainerRow {
        maintenance = maintenance == null ? "" : maintenance;
        maintainedBy = maintainedBy == null ? "" : maintainedBy;
        stack = stack == null ? "" : stack;
        health = health == null ? "" : health;
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String searchText() {
        return String.join(" ", name, image, stack, state, health, underMaintenance() ? "maintenance " + maintainedBy : "");
    }

    public boolean underMaintenance() {
        return !maintenance.isEmpty();
    }

    public boolean running() {
        return "running".equals(state);
    }

    public boolean paused() {
        return "paused".equals(state);
    }

    public String portsText() {
        return String.join(", ", ports);
    }
}
