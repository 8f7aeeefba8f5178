package io.pilothouse.desktop.ui.topology;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the topology out with Eclipse ELK's layered algorithm, left to right: published ports,
 * services, containers, then networks and volumes; stacks as nested groups (hierarchy handled in
 * one run, so edges cross group borders cleanly). Slow work: call it off the JavaFX thread.
 *
 * <p>Unconnected parts (stacks that share no network) are laid out one by one and packed in rows,
 * as layered layout of a hierarchy would put them all in one column.
 *
 * <p>Stable updates: when only states changed the previous layout is kept as it is; a part that did
 * not change keeps its layout. When nodes come
 * or go, ELK runs in its interactive mode, seeded with where every known node was (a new node starts
 * beside a neighbour), so the order of layers and of nodes in a layer is kept; the result is then
 * shifted so the nodes that stayed are, on average, where they were.
 */
public final class ElkTopologyLayouter {

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private static final double GROUP_TOP = 30;
    private static final double GROUP_SIDE = 14;

    public TopologyLayout layout(TopologyGraph graph, TopologyPicture previous) {
        if (!previous.graph().nodes().isEmpty() && graph.sameShape(previous.graph())) {
            return previous.layout();
        }
        List<TopologyGraph> parts = GraphComponents.split(graph);
        List<TopologyGraph> before = GraphComponents.split(previous.graph());
        List<TopologyLayout> laidOut = new ArrayList<>();
        for (TopologyGraph part : parts) {
            TopologyGraph same = before.stream().filter(part::sameShape).findFirst().orElse(null);
            // a part that did not change keeps its own layout exactly; the others are laid out again
            laidOut.add(same != null ? GraphComponents.restrict(previous.layout(), same)
                    : layoutPart(part, new TopologyPicture(previous.graph(), previous.layout())));
        }
        TopologyLayout packed = GraphComponents.pack(laidOut);
        return previous.layout().nodes().isEmpty() ? packed : alignedWith(packed, previous.layout());
    }

    private TopologyLayout layoutPart(TopologyGraph graph, TopologyPicture previous) {
        boolean interactive = !previous.layout().nodes().isEmpty();
        Map<String, Box> hints = interactive ? hints(graph, previous) : Map.of();

        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, interactive);
        root.setProperty(LayeredOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<String, ElkNode> groups = new LinkedHashMap<>();
        for (GraphGroup g : graph.groups()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(g.id());
            configure(node, interactive);
            node.setProperty(LayeredOptions.PADDING, new ElkPadding(GROUP_TOP, GROUP_SIDE, GROUP_SIDE, GROUP_SIDE));
            Box was = previous.layout().groups().get(g.id());
            if (interactive) {
                Box hint = was != null ? was : groupHint(g, graph, hints);
                node.setLocation(hint.x(), hint.y());
            }
            groups.put(g.id(), node);
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            ElkNode parent = n.group().map(groups::get).orElse(root);
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier(n.id());
            node.setDimensions(NodeSizes.width(n), NodeSizes.height(n));
            if (n.kind() == NodeKind.PORT && !interactive) {
                node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            Box hint = hints.get(n.id());
            if (hint != null) {
                Box parentBox = n.group().map(previousOrHintedGroup(previous, graph, hints)::apply).orElse(null);
                double px = parentBox == null ? 0 : parentBox.x() + GROUP_SIDE;
                double py = parentBox == null ? 0 : parentBox.y() + GROUP_TOP;
                node.setLocation(hint.x() - px, hint.y() - py);
            }
            nodes.put(n.id(), node);
        }
        Map<String, ElkEdge> edges = new LinkedHashMap<>();
        for (GraphEdge e : graph.edges()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(e.source()), nodes.get(e.target()));
            edge.setIdentifier(e.id());
            ElkGraphUtil.updateContainment(edge);
            edges.put(e.id(), edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> nodeBoxes = new HashMap<>();
        nodes.forEach((id, n) -> nodeBoxes.put(id, absolute(n)));
        Map<String, Box> groupBoxes = new HashMap<>();
        groups.forEach((id, g) -> groupBoxes.put(id, absolute(g)));
        Map<String, List<Point>> routes = new HashMap<>();
        edges.forEach((id, e) -> routes.put(id, route(e)));
        return new TopologyLayout(nodeBoxes, groupBoxes, routes, bounds(nodeBoxes, groupBoxes));
    }

    private static void configure(ElkNode graph, boolean interactive) {
        graph.setProperty(org.eclipse.elk.core.options.CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 46.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        graph.setProperty(LayeredOptions.PADDING, new ElkPadding(20));
        if (interactive) {
            graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
            graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
        }
    }

    /** Where each node of the new graph should start: where it was, or beside a neighbour that was there. */
    private static Map<String, Box> hints(TopologyGraph graph, TopologyPicture previous) {
        Map<String, Box> was = previous.layout().nodes();
        Map<String, Box> hints = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            Box b = was.get(n.id());
            if (b != null) {
                hints.put(n.id(), b);
            }
        }
        for (GraphNode n : graph.nodes()) {
            if (hints.containsKey(n.id())) {
                continue;
            }
            for (GraphEdge e : graph.edges()) {
                String other = e.source().equals(n.id()) ? e.target() : e.target().equals(n.id()) ? e.source() : null;
                Box near = other == null ? null : was.get(other);
                if (near != null) {
                    // beside it in the layer it would take: before a target, after a source; just below in that layer
                    double x = e.source().equals(n.id()) ? near.x() - 1 : near.x() + 1;
                    hints.put(n.id(), new Box(x, near.y() + near.height() + 1, NodeSizes.width(n), NodeSizes.height(n)));
                    break;
                }
            }
            if (!hints.containsKey(n.id())) {
                Box all = previous.layout().bounds();
                hints.put(n.id(), new Box(all.x(), all.y() + all.height() + 1, NodeSizes.width(n), NodeSizes.height(n)));
            }
        }
        return hints;
    }

    private static java.util.function.Function<String, Box> previousOrHintedGroup(TopologyPicture previous,
                                                                                  TopologyGraph graph,
                                                                                  Map<String, Box> hints) {
        return id -> {
            Box was = previous.layout().groups().get(id);
            if (was != null) {
                return was;
            }
            return graph.groups().stream().filter(g -> g.id().equals(id)).findFirst()
                    .map(g -> groupHint(g, graph, hints)).orElse(new Box(0, 0, 0, 0));
        };
    }

    private static Box groupHint(GraphGroup g, TopologyGraph graph, Map<String, Box> hints) {
        double x = Double.MAX_VALUE;
        double y = Double.MAX_VALUE;
        for (GraphNode n : graph.nodes()) {
            Box h = n.group().filter(g.id()::equals).map(x1 -> hints.get(n.id())).orElse(null);
            if (h != null) {
                x = Math.min(x, h.x() - GROUP_SIDE);
                y = Math.min(y, h.y() - GROUP_TOP);
            }
        }
        return x == Double.MAX_VALUE ? new Box(0, 0, 0, 0) : new Box(x, y, 0, 0);
    }

    private static Box absolute(ElkNode n) {
        double x = n.getX();
        double y = n.getY();
        for (ElkNode p = n.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new Box(x, y, n.getWidth(), n.getHeight());
    }

    /** Edge sections are relative to the edge's containing node. */
    private static List<Point> route(ElkEdge e) {
        ElkNode container = e.getContainingNode();
        double ox = 0;
        double oy = 0;
        if (container != null && container.getParent() != null) {
            Box c = absolute(container);
            ox = c.x();
            oy = c.y();
        }
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection s : e.getSections()) {
            points.add(new Point(ox + s.getStartX(), oy + s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new Point(ox + b.getX(), oy + b.getY()));
            }
            points.add(new Point(ox + s.getEndX(), oy + s.getEndY()));
        }
        return points;
    }

    static Box bounds(Map<String, Box> nodes, Map<String, Box> groups) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<Box> all = new ArrayList<>(nodes.values());
        all.addAll(groups.values());
        for (Box b : all) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        return all.isEmpty() ? new Box(0, 0, 0, 0) : new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** Shifts a new layout so the nodes it shares with the old one are, on average, where they were. */
    static TopologyLayout alignedWith(TopologyLayout fresh, TopologyLayout old) {
        double dx = 0;
        double dy = 0;
        int shared = 0;
        for (Map.Entry<String, Box> e : fresh.nodes().entrySet()) {
            Box was = old.nodes().get(e.getKey());
            if (was != null) {
                dx += was.x() - e.getValue().x();
                dy += was.y() - e.getValue().y();
                shared++;
            }
        }
        if (shared == 0) {
            return fresh;
        }
        double sx = dx / shared;
        double sy = dy / shared;
        Map<String, Box> nodes = new HashMap<>();
        fresh.nodes().forEach((id, b) -> nodes.put(id, b.moved(sx, sy)));
        Map<String, Box> groups = new HashMap<>();
        fresh.groups().forEach((id, b) -> groups.put(id, b.moved(sx, sy)));
        Map<String, List<Point>> edges = new HashMap<>();
        fresh.edges().forEach((id, ps) -> edges.put(id, ps.stream().map(p -> new Point(p.x() + sx, p.y() + sy)).toList()));
        return new TopologyLayout(nodes, groups, edges, fresh.bounds().moved(sx, sy));
    }

    /** The id of the node at a point, for tests and hit checks. */
    static Optional<String> nodeAt(TopologyLayout layout, double x, double y) {
        return layout.nodes().entrySet().stream().filter(e -> e.getValue().contains(x, y)).map(Map.Entry::getKey).findFirst();
    }
}
