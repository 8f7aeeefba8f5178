package io.pilothouse.desktop.ui.topology;

/** How big a node is drawn, from its kind and the length of its text (measured once, without the toolkit). */
final class NodeSizes {

    static final double CHAR_WIDTH = 7.8;

    private NodeSizes() {
    }

    static double width(GraphNode node) {
        int chars = Math.max(node.label().length(), node.detail().length());
        return switch (node.kind()) {
            case PORT -> Math.max(56, 16 + CHAR_WIDTH * Math.max(node.label().length(), node.detail().length()));
            case NETWORK, VOLUME -> clamp(30 + CHAR_WIDTH * chars, 110, 220);
            case SERVICE, CONTAINER -> clamp(30 + CHAR_WIDTH * chars, 130, 240);
        };
    }

    static double height(GraphNode node) {
        return switch (node.kind()) {
            case PORT -> 34;
            case NETWORK, VOLUME -> 38;
            case SERVICE, CONTAINER -> 44;
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
