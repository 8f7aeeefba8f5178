package io.pilothouse.desktop.ui.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole picture before layout: groups, nodes and edges, in a stable order. */
public record TopologyGraph(List<GraphGroup> groups, List<GraphNode> nodes, List<GraphEdge> edges) {

    public static final TopologyGraph EMPTY = new TopologyGraph(List.of(), List.of(), List.of());

    public TopologyGraph {
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Map<String, GraphNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Whether the other graph has the same groups, nodes (in the same groups, with the same labels)
     * and edges: then the layout can stay as it is and only states change.
     */
    public boolean sameShape(TopologyGraph other) {
        return shape().equals(other.shape());
    }

    private Set<String> shape() {
        Set<String> s = new java.util.HashSet<>();
        groups.forEach(g -> s.add("g|" + g.id() + "|" + g.label()));
        nodes.forEach(n -> s.add("n|" + n.id() + "|" + n.group().orElse("") + "|" + n.label() + "|" + n.detail()));
        edges.forEach(e -> s.add("e|" + e.id() + "|" + e.kind()));
        return s;
    }
}
