package io.pilothouse.desktop.ui.topology;

/** A graph with its layout: what the view draws. */
public record TopologyPicture(TopologyGraph graph, TopologyLayout layout) {

    public static final TopologyPicture EMPTY = new TopologyPicture(TopologyGraph.EMPTY, TopologyLayout.EMPTY);
}
