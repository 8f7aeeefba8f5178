package io.pilothouse.desktop.ui.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A container as the containers table shows it.
 *
 * @param maintenance who holds maintenance locks in it and since when, one line per holder; empty when nobody does
 */
public record ContainerRow(String id, String name, String image, String stack, String state, String health,
                           List<String> ports, int restartCount, Integer exitCode, Instant startedAt,
                           String maintenance)
        implements InventoryRow {

    /** A container nobody holds maintenance locks in. */
    public ContainerRow(String id, String name, String image, String stack, String state, String health,
                        List<String> ports, int restartCount, Integer exitCode, Instant startedAt) {
        this(id, name, image, stack, state, health, ports, restartCount, exitCode, startedAt, "");
    }

    public ContainerRow {
        maintenance = maintenance == null ? "" : maintenance;
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
        return String.join(" ", name, image, stack, state, health, underMaintenance() ? "maintenance " + maintenance : "");
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
