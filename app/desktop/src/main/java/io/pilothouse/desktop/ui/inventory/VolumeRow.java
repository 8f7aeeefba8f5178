package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/**
 * A volume or mount as the volumes table shows it: its kind (named, bind, anonymous, tmpfs), whether it
 * holds state (stateful, regenerable, skip) and why, and the containers that use it.
 */
public record VolumeRow(String key, String name, String kind, String stack, String classification, String reason,
                        List<String> users) implements InventoryRow {

    public VolumeRow {
        stack = stack == null ? "" : stack;
        reason = reason == null ? "" : reason;
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** Only named volumes carry a classification the user can change. */
    public boolean classifiable() {
        return "named".equals(kind);
    }

    /** Named and anonymous volumes live in the engine and can be backed up or restored; mounts cannot. */
    public boolean engineVolume() {
        return "named".equals(kind) || "anonymous".equals(kind);
    }

    @Override
    public String searchText() {
        return String.join(" ", name, kind, stack, classification, String.join(" ", users));
    }
}
