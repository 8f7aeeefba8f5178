package io.pilothouse.desktop.ui.topology;

import java.util.List;
import java.util.Map;

/** Where everything goes, in absolute graph coordinates: node and group boxes, edge routes, and the box around all. */
public record TopologyLayout(Map<String, Box> nodes, Map<String, Box> groups, Map<String, List<Point>> edges, Box bounds) {

    public static final TopologyLayout EMPTY = new TopologyLayout(Map.of(), Map.of(), Map.of(), new Box(0, 0, 0, 0));

    public TopologyLayout {
        nodes = Map.copyOf(nodes);
        groups = Map.copyOf(groups);
        edges = Map.copyOf(edges);
    }
}
