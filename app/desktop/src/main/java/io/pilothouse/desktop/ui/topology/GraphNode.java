package io.pilothouse.desktop.ui.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the topology.
 *
 * @param id        unique in the graph, prefixed by kind ("container:", "service:", "network:", "volume:", "port:")
 * @param targetId  the engine's id (container, service, network id; volume key) that details are opened for
 * @param group     the id of the stack group it is drawn in, if any
 * @param label     the first line, the name
 * @param detail    the second line (image, driver, ...), may be empty
 * @param tooltip   lines shown on hover: name, image, state, health, ports
 * @param maintenance who holds maintenance locks in it and since when (a badge on the node); empty when nobody
 * @param update    the sentences about the newer image in its registry (a badge on the node); empty when none is known
 */
public record GraphNode(String id, NodeKind kind, String targetId, Optional<String> group, String label, String detail,
                        NodeState state, List<String> tooltip, String maintenance, String update) {

    /** A node without a known newer image. */
    public GraphNode(String id, NodeKind kind, String targetId, Optional<String> group, String label, String detail,
                     NodeState state, List<String> tooltip, String maintenance) {
        this(id, kind, targetId, group, label, detail, state, tooltip, maintenance, "");
    }

    /** A node nobody holds maintenance locks in. */
    public GraphNode(String id, NodeKind kind, String targetId, Optional<String> group, String label, String detail,
                     NodeState state, List<String> tooltip) {
        this(id, kind, targetId, group, label, detail, state, tooltip, "");
    }

    /** The same node with this newer-image text (empty: none). */
    public GraphNode withUpdate(String text) {
        return new GraphNode(id, kind, targetId, group, label, detail, state, tooltip, maintenance, text);
    }

    public boolean hasUpdate() {
        return !update.isEmpty();
    }

    public boolean underMaintenance() {
        return !maintenance.isEmpty();
    }

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        targetId = targetId == null ? "" : targetId;
        group = Objects.requireNonNullElse(group, Optional.empty());
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(state, "state");
        tooltip = tooltip == null ? List.of() : List.copyOf(tooltip);
        maintenance = maintenance == null ? "" : maintenance;
        update = update == null ? "" : update;
    }
}
