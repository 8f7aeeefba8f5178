package io.pilothouse.desktop.ui.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Splits a topology into parts that no edge joins, and packs laid-out parts in rows. */
final class GraphComponents {

    static final double GAP = 40;
    static final double ASPECT = 1.6;

    private GraphComponents() {
    }

    /** The connected parts, a group and everything in it counting as one; in a stable order. */
    static List<TopologyGraph> split(TopologyGraph graph) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> unitOf = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            String unit = n.group().orElse(n.id());
            unitOf.put(n.id(), unit);
            parent.putIfAbsent(unit, unit);
        }
        graph.groups().forEach(g -> parent.putIfAbsent(g.id(), g.id()));
        for (GraphEdge e : graph.edges()) {
            union(parent, unitOf.get(e.source()), unitOf.get(e.target()));
        }
        Map<String, List<GraphNode>> nodes = new LinkedHashMap<>();
        for (GraphNode n : graph.nodes()) {
            nodes.computeIfAbsent(find(parent, unitOf.get(n.id())), k -> new ArrayList<>()).add(n);
        }
        List<TopologyGraph> parts = new ArrayList<>();
        for (List<GraphNode> members : nodes.values()) {
            Set<String> ids = members.stream().map(GraphNode::id).collect(Collectors.toSet());
            Set<String> groups = members.stream().flatMap(n -> n.group().stream()).collect(Collectors.toSet());
            parts.add(new TopologyGraph(graph.groups().stream().filter(g -> groups.contains(g.id())).toList(), members,
                    graph.edges().stream().filter(e -> ids.contains(e.source())).toList()));
        }
        parts.sort(Comparator.comparing(GraphComponents::key));
        return parts;
    }

    private static String key(TopologyGraph part) {
        return part.groups().isEmpty() ? "~" + part.nodes().get(0).id() : part.groups().get(0).id();
    }

    private static void union(Map<String, String> parent, String a, String b) {
        if (a != null && b != null) {
            parent.put(find(parent, a), find(parent, b));
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        return p;
    }

    /** The part of a layout that belongs to one part of the graph. */
    static TopologyLayout restrict(TopologyLayout layout, TopologyGraph part) {
        Map<String, Box> nodes = new HashMap<>();
        part.nodes().forEach(n -> nodes.put(n.id(), layout.nodes().get(n.id())));
        Map<String, Box> groups = new HashMap<>();
        part.groups().forEach(g -> groups.put(g.id(), layout.groups().get(g.id())));
        Map<String, List<Point>> edges = new HashMap<>();
        part.edges().forEach(e -> edges.put(e.id(), layout.edges().getOrDefault(e.id(), List.of())));
        return new TopologyLayout(nodes, groups, edges, ElkTopologyLayouter.bounds(nodes, groups));
    }

    /** Rows of parts, left to right, each row no wider than a golden-ish rectangle of the whole area needs. */
    static TopologyLayout pack(List<TopologyLayout> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        double area = 0;
        double widest = 0;
        for (TopologyLayout p : parts) {
            area += (p.bounds().width() + GAP) * (p.bounds().height() + GAP);
            widest = Math.max(widest, p.bounds().width());
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
        Map<String, Box> nodes = new HashMap<>();
        Map<String, Box> groups = new HashMap<>();
        Map<String, List<Point>> edges = new HashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (TopologyLayout p : parts) {
            if (x > 0 && x + p.bounds().width() > rowWidth) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            double dx = x - p.bounds().x();
            double dy = y - p.bounds().y();
            p.nodes().forEach((id, b) -> nodes.put(id, b.moved(dx, dy)));
            p.groups().forEach((id, b) -> groups.put(id, b.moved(dx, dy)));
            p.edges().forEach((id, ps) -> edges.put(id, ps.stream().map(pt -> new Point(pt.x() + dx, pt.y() + dy)).toList()));
            x += p.bounds().width() + GAP;
            rowHeight = Math.max(rowHeight, p.bounds().height());
        }
        return new TopologyLayout(nodes, groups, edges, ElkTopologyLayouter.bounds(nodes, groups));
    }
}
