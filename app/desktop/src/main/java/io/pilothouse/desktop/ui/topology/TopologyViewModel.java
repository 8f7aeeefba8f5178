package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The topology of one host, kept current from its inventory. Changes arrive on the inventory's
 * thread; only the newest snapshot waiting is kept, so a burst becomes one layout. Graph building
 * and layout run on the background executor; the picture, the selection and the status change on
 * the UI executor only.
 */
public final class TopologyViewModel {

    private final InventoryFeed feed;
    private final Executor background;
    private final Executor ui;
    private final TopologyGraphBuilder builder = new TopologyGraphBuilder();
    private final ElkTopologyLayouter layouter = new ElkTopologyLayouter();
    private final AtomicReference<InventorySnapshot> waiting = new AtomicReference<>();
    private final AtomicBoolean drawing = new AtomicBoolean();
    private final AtomicBoolean disposed = new AtomicBoolean();
    private final List<Consumer<String>> openDetails = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<TopologyPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture", TopologyPicture.EMPTY);
    private final ReadOnlyObjectWrapper<GraphNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading the inventory…");
    private volatile TopologyPicture laidOut = TopologyPicture.EMPTY;
    private final InventoryListener listener = new InventoryListener() {
        @Override
        public void inventoryChanged(InventoryChange change) {
            offer(change.after());
        }

        @Override
        public void feedStateChanged(FeedState state, String detail) {
            ui.execute(() -> showFeedState(state, detail));
        }
    };
    private FeedState feedState = FeedState.LOADING;
    private final javafx.beans.property.ObjectProperty<java.util.Map<String, String>> updates =
            new javafx.beans.property.SimpleObjectProperty<>(this, "updates", java.util.Map.of());

    public TopologyViewModel(InventoryFeed feed, Executor background, Executor ui) {
        this.feed = feed;
        this.background = background;
        this.ui = ui;
        updates.addListener((o, was, now) -> {
            if (!disposed.get()) {
                show(picture.get());
            }
        });
    }

    /**
     * Per container or service id, the sentences about its newer image (UI thread): those nodes get a
     * badge. A change keeps the layout, so only the nodes whose badge changed are drawn anew.
     */
    public javafx.beans.property.ObjectProperty<java.util.Map<String, String>> updatesProperty() {
        return updates;
    }

    /** Subscribes to the inventory and draws what it has now. */
    public void start() {
        feed.addListener(listener);
        feedState = feed.state();
        InventorySnapshot now = feed.current();
        if (!now.takenAt().equals(java.time.Instant.EPOCH) || !now.containers().isEmpty()) {
            offer(now);
        }
    }

    /** Ends the subscription; nothing changes after this. */
    public void dispose() {
        if (disposed.compareAndSet(false, true)) {
            feed.removeListener(listener);
            waiting.set(null);
        }
    }

    public ReadOnlyObjectProperty<TopologyPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The node clicked last (its newest version after updates), or null. */
    public ReadOnlyObjectProperty<GraphNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Called with the engine id of a container or service whose details are asked for (a double click). */
    public void onOpenDetails(Consumer<String> consumer) {
        openDetails.add(consumer);
    }

    public void select(String nodeId) {
        selected.set(nodeId == null ? null : picture.get().graph().node(nodeId).orElse(null));
    }

    /** Opens the details of a container or service (a port opens its owner's); networks and volumes have none here. */
    public void openDetails(String nodeId) {
        select(nodeId);
        Optional<GraphNode> node = picture.get().graph().node(nodeId);
        node.filter(n -> n.kind() == NodeKind.CONTAINER || n.kind() == NodeKind.SERVICE || n.kind() == NodeKind.PORT)
                .ifPresent(n -> openDetails.forEach(c -> c.accept(n.targetId())));
    }

    private void offer(InventorySnapshot snapshot) {
        if (disposed.get()) {
            return;
        }
        waiting.set(snapshot);
        if (drawing.compareAndSet(false, true)) {
            background.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            InventorySnapshot next = waiting.getAndSet(null);
            if (next == null) {
                drawing.set(false);
                // a snapshot offered between the read and the flag is drawn by this loop, not lost
                if (waiting.get() == null || !drawing.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                TopologyGraph graph = builder.build(next);
                TopologyPicture done = new TopologyPicture(graph, layouter.layout(graph, laidOut));
                laidOut = done;
                ui.execute(() -> show(done));
            } catch (RuntimeException e) {
                String sentence = "The topology could not be drawn: " + e.getMessage();
                ui.execute(() -> status.set(sentence));
            }
        }
    }

    private void show(TopologyPicture laid) {
        if (disposed.get()) {
            return;
        }
        TopologyPicture done = withUpdates(laid, updates.get() == null ? java.util.Map.of() : updates.get());
        if (done == picture.get()) {
            return;
        }
        picture.set(done);
        GraphNode was = selected.get();
        if (was != null) {
            selected.set(done.graph().node(was.id()).orElse(null));
        }
        showFeedState(feedState, "");
    }

    /** The picture with each container's and service's newer-image text; the same picture when none changes. */
    static TopologyPicture withUpdates(TopologyPicture p, java.util.Map<String, String> updates) {
        List<GraphNode> nodes = null;
        List<GraphNode> all = p.graph().nodes();
        for (int i = 0; i < all.size(); i++) {
            GraphNode n = all.get(i);
            String text = n.kind() == NodeKind.CONTAINER || n.kind() == NodeKind.SERVICE
                    ? updates.getOrDefault(n.targetId(), "") : "";
            if (!text.equals(n.update())) {
                if (nodes == null) {
                    nodes = new java.util.ArrayList<>(all);
                }
                nodes.set(i, n.withUpdate(text));
            }
        }
        return nodes == null ? p : new TopologyPicture(new TopologyGraph(p.graph().groups(), nodes, p.graph().edges()), p.layout());
    }

    private void showFeedState(FeedState state, String detail) {
        feedState = state;
        TopologyGraph g = picture.get().graph();
        long containers = g.nodes().stream().filter(n -> n.kind() == NodeKind.CONTAINER).count();
        long running = g.nodes().stream().filter(n -> n.kind() == NodeKind.CONTAINER && n.state() == NodeState.RUNNING).count();
        String counts = containers + " containers (" + running + " running), " + g.groups().size() + " stacks";
        status.set(switch (state) {
            case LOADING -> "Loading the inventory…";
            case LIVE -> counts;
            case RECONNECTING -> counts + " — reconnecting" + (detail.isBlank() ? "" : ": " + detail);
            case CLOSED -> counts + " — no longer updated";
        });
    }
}
