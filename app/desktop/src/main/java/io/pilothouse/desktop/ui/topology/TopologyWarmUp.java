package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.inventory.InventoryWarmUp;
import io.pilothouse.core.model.InventorySnapshot;

/**
 * Runs a first inventory and topology layout once on canned answers when the application starts
 * (off the UI thread), so the classes of the snapshot, the graph and ELK are loaded before the
 * user's first connect rather than during it.
 */
public final class TopologyWarmUp {

    private TopologyWarmUp() {
    }

    /** The laid-out warm-up picture (empty when the warm-up failed). */
    public static TopologyPicture run() {
        InventorySnapshot snapshot = InventoryWarmUp.run();
        if (snapshot.containers().isEmpty()) {
            return TopologyPicture.EMPTY;
        }
        TopologyGraph graph = new TopologyGraphBuilder().build(snapshot);
        return new TopologyPicture(graph, new ElkTopologyLayouter().layout(graph, TopologyPicture.EMPTY));
    }
}
