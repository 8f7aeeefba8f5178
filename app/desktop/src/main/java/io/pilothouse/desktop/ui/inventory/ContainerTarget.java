package io.pilothouse.desktop.ui.inventory;

/** A container an action is aimed at: its id, and its name for sentences. */
public record ContainerTarget(String id, String name) {

    public static ContainerTarget of(ContainerRow row) {
        return new ContainerTarget(row.id(), row.name());
    }
}
