package io.pilothouse.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two published snapshots: per kind, the ids added, updated and removed.
 * Coalesced: many engine events within one publishing window become one change, and something
 * created and removed inside the window does not appear at all.
 *
 * @param before  the snapshot listeners saw last
 * @param after   the new snapshot (the inventory's current one when this was published)
 * @param resync  true when {@code after} is a fresh full snapshot (first load, or after reconnecting)
 */
public record InventoryChange(InventorySnapshot before, InventorySnapshot after,
                              Map<EntityKind, Set<String>> added, Map<EntityKind, Set<String>> updated,
                              Map<EntityKind, Set<String>> removed, boolean resync) {

    public InventoryChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        added = freeze(added);
        updated = freeze(updated);
        removed = freeze(removed);
    }

    /** The difference between two snapshots, kind by kind (records compared with equals). */
    public static InventoryChange between(InventorySnapshot before, InventorySnapshot after, boolean resync) {
        Map<EntityKind, Set<String>> added = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Set<String>> updated = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Set<String>> removed = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, ?> old = before.byKind(kind);
            Map<String, ?> now = after.byKind(kind);
            for (Map.Entry<String, ?> e : now.entrySet()) {
                Object was = old.get(e.getKey());
                if (was == null) {
                    added.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(e.getKey());
                } else if (!was.equals(e.getValue())) {
                    updated.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(e.getKey());
                }
            }
            for (String id : old.keySet()) {
                if (!now.containsKey(id)) {
                    removed.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
                }
            }
        }
        return new InventoryChange(before, after, added, updated, removed, resync);
    }

    public Set<String> added(EntityKind kind) { return added.getOrDefault(kind, Set.of()); }
    public Set<String> updated(EntityKind kind) { return updated.getOrDefault(kind, Set.of()); }
    public Set<String> removed(EntityKind kind) { return removed.getOrDefault(kind, Set.of()); }

    /** Whether anything of this kind was added, updated or removed. */
    public boolean touches(EntityKind kind) {
        return added.containsKey(kind) || updated.containsKey(kind) || removed.containsKey(kind);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }

    /** How many things changed, all kinds together. */
    public int size() {
        return count(added) + count(updated) + count(removed);
    }

    private static int count(Map<EntityKind, Set<String>> m) {
        return m.values().stream().mapToInt(Set::size).sum();
    }

    private static Map<EntityKind, Set<String>> freeze(Map<EntityKind, Set<String>> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        Map<EntityKind, Set<String>> copy = new EnumMap<>(EntityKind.class);
        m.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v)));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
