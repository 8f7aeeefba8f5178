package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/** A swarm service as the services table shows it. */
public record ServiceRow(String id, String name, String image, String stack, String mode, int runningTasks,
                         int desiredTasks, List<String> ports) implements InventoryRow {

    public ServiceRow {
        stack = stack == null ? "" : stack;
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    @Override
    public String key() {
        return id;
    }

    public String replicas() {
        return runningTasks + "/" + desiredTasks;
    }

    public String state() {
        return runningTasks >= desiredTasks ? "running" : runningTasks == 0 ? "down" : "degraded";
    }

    @Override
    public String searchText() {
        return String.join(" ", name, image, stack, mode, state());
    }
}
