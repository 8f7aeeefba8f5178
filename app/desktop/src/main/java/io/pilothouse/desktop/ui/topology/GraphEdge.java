package io.pilothouse.desktop.ui.topology;

import java.util.Objects;

/** A line from one node to another; its id is derived from both ends and the kind. */
public record GraphEdge(String source, String target, EdgeKind kind) {

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
    }

    public String id() {
        return source + "->" + target;
    }
}
