package io.pilothouse.desktop.ui.inventory;

import java.time.Instant;
import java.util.List;

/** A container as the containers table shows it. */
public record ContainerRow(String id, String name, String image, String stack, String state, String health,
                           List<String> ports, int restartCount, Integer exitCode, Instant startedAt)
        implements InventoryRow {

    public ContainerRow {
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
        return String.join(" ", name, image, stack, state, health);
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
