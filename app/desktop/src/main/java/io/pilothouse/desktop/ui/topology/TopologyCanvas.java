package io.pilothouse.desktop.ui.topology;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Draws a laid-out topology with plain shapes and lets a person move around it: scroll zooms
 * around the pointer, dragging pans, + − 0 zoom in, out and to fit. A click selects a node, a
 * double click opens it. Updates keep the shapes of nodes that stay and only change what changed.
 */
public final class TopologyCanvas extends Region {

    static final double MIN_SCALE = 0.1;
    static final double MAX_SCALE = 4;
    private final Group content = new Group();
    private final Group groupLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Map<String, NodeShape> shapes = new HashMap<>();
    private final Rectangle clip = new Rectangle();
    private TopologyPicture shown = TopologyPicture.EMPTY;
    private Consumer<String> onSelect = id -> { };
    private Consumer<String> onOpen = id -> { };
    private String selectedId;
    private Point2D pressedAt;
    private Point2D panAtPress;
    private boolean dragged;
    private boolean fitted;

    public TopologyCanvas() {
        getStyleClass().add("topology-canvas");
        content.getChildren().addAll(groupLayer, edgeLayer, nodeLayer);
        content.getTransforms().addAll(pan, zoom);
        getChildren().add(content);
        setClip(clip);
        setFocusTraversable(true);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            // a right click selects what it is on, so the context menu acts on that
            String id = nodeIdOf(e.getPickResult().getIntersectedNode());
            if (id != null) {
                onSelect.accept(id);
            }
        });
        // zoomed out, the lines and group boxes make a bitmap about the size of the window: drawn once, then
        // only moved while panning; zoomed in, such a bitmap would be huge, and only the visible lines are drawn
        zoom.xProperty().addListener((o, was, now) -> cacheLayers(now.doubleValue() < CACHE_BELOW));
    }

    static final double CACHE_BELOW = 0.5;

    private void cacheLayers(boolean cache) {
        if (edgeLayer.isCache() != cache) {
            edgeLayer.setCache(cache);
            groupLayer.setCache(cache);
        }
    }

    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    public void setOnOpen(Consumer<String> onOpen) {
        this.onOpen = onOpen;
    }

    /** The zoom factor, 1 for 100 %. */
    public javafx.beans.value.ObservableDoubleValue scaleProperty() {
        return zoom.xProperty();
    }

    public double scale() {
        return zoom.getX();
    }

    public Point2D offset() {
        return new Point2D(pan.getX(), pan.getY());
    }

    /** The shape of a node, for tests and tooltips. */
    public Node shapeOf(String nodeId) {
        return shapes.get(nodeId);
    }

    public int shapeCount() {
        return shapes.size();
    }

    /** The line drawn for an edge, for tests. */
    Polyline lineOf(String edgeId) {
        return lines.get(edgeId);
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (!fitted && !shown.graph().nodes().isEmpty() && getWidth() > 0) {
            fitted = true;
            fit();
        }
    }

    /**
     * Shows a new picture, changing only what changed: nodes that stay keep their shape (updated in
     * place when their state or text changed, moved when their place did), lines that stay keep theirs
     * (new points only when their route changed). New shapes and lines are made at once when there are
     * few; many (the first picture of a large host) are made over the next frames, a few milliseconds
     * of each, so no frame waits for all of them. Changes to shapes that exist are never deferred.
     */
    public void show(TopologyPicture picture) {
        boolean sameLayout = picture.layout() == shown.layout();
        shown = picture;
        Set<String> gone = new HashSet<>(shapes.keySet());
        pendingNodes.clear();
        for (GraphNode n : picture.graph().nodes()) {
            gone.remove(n.id());
            NodeShape shape = shapes.get(n.id());
            if (shape == null) {
                pendingNodes.put(n.id(), n);
                continue;
            }
            if (!shape.node().equals(n)) {
                shape.update(n);
            }
            place(shape);
        }
        if (!gone.isEmpty()) {
            List<NodeShape> removed = new ArrayList<>();
            gone.forEach(id -> removed.add(shapes.remove(id)));
            nodeLayer.getChildren().removeAll(new HashSet<>(removed));
        }
        if (!sameLayout) {
            drawGroups(picture);
            updateLines(picture);
        }
        if (pendingNodes.size() + pendingLines.size() <= MADE_AT_ONCE) {
            makePending(Long.MAX_VALUE);
        } else {
            maker.start();
        }
        requestLayout();
    }

    /** New shapes and lines made in one go; more wait for the next frames. */
    static final int MADE_AT_ONCE = 150;
    /** How long one frame spends making waiting shapes and lines. */
    static final long MAKING_PER_FRAME_NANOS = 6_000_000;

    private final Map<String, GraphNode> pendingNodes = new LinkedHashMap<>();
    private final Map<String, GraphEdge> pendingLines = new LinkedHashMap<>();
    private final Map<String, Polyline> lines = new HashMap<>();
    private final Map<String, List<Point>> drawnRoutes = new HashMap<>();
    private final AnimationTimer maker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (makePending(System.nanoTime() + MAKING_PER_FRAME_NANOS)) {
                stop();
            }
        }
    };

    /** Whether shapes or lines of the shown picture are still to be made (over the next frames). */
    public boolean isMaking() {
        return !pendingNodes.isEmpty() || !pendingLines.isEmpty();
    }

    /** Makes waiting shapes, then waiting lines, until the deadline; true when none wait any more. */
    private boolean makePending(long deadline) {
        List<Node> made = new ArrayList<>();
        for (var it = pendingNodes.values().iterator(); it.hasNext() && (made.size() % 8 != 0 || System.nanoTime() < deadline); ) {
            GraphNode n = it.next();
            it.remove();
            NodeShape shape = new NodeShape(n);
            shapes.put(n.id(), shape);
            place(shape);
            shape.setSelected(n.id().equals(selectedId));
            made.add(shape);
        }
        nodeLayer.getChildren().addAll(made);
        made.clear();
        for (var it = pendingLines.values().iterator(); it.hasNext() && (made.size() % 16 != 0 || System.nanoTime() < deadline); ) {
            GraphEdge e = it.next();
            it.remove();
            List<Point> route = shown.layout().edges().get(e.id());
            if (route == null || route.size() < 2) {
                continue;
            }
            Polyline line = line(e);
            setPoints(line, route);
            lines.put(e.id(), line);
            drawnRoutes.put(e.id(), route);
            made.add(line);
        }
        edgeLayer.getChildren().addAll(made);
        return !isMaking();
    }

    private void place(NodeShape shape) {
        Box b = shown.layout().nodes().get(shape.node().id());
        if (b != null) {
            shape.relocate(b.x(), b.y());
        }
    }

    /** Lines that stay get new points only where their route changed; lines gone are removed, new ones wait to be made. */
    private void updateLines(TopologyPicture picture) {
        Set<String> gone = new HashSet<>(lines.keySet());
        pendingLines.clear();
        for (GraphEdge e : picture.graph().edges()) {
            List<Point> route = picture.layout().edges().get(e.id());
            if (route == null || route.size() < 2) {
                continue;
            }
            gone.remove(e.id());
            Polyline line = lines.get(e.id());
            if (line == null) {
                pendingLines.put(e.id(), e);
            } else if (!route.equals(drawnRoutes.get(e.id()))) {
                setPoints(line, route);
                drawnRoutes.put(e.id(), route);
            }
        }
        if (!gone.isEmpty()) {
            Set<Node> removed = new HashSet<>();
            gone.forEach(id -> {
                removed.add(lines.remove(id));
                drawnRoutes.remove(id);
            });
            edgeLayer.getChildren().removeAll(removed);
        }
    }

    private static Polyline line(GraphEdge e) {
        Polyline line = new Polyline();
        line.setStroke(e.kind() == EdgeKind.PUBLISHES ? PUBLISHES : e.kind() == EdgeKind.MOUNTS ? MOUNTS : ATTACHED);
        line.setStrokeWidth(1.3);
        if (e.kind() == EdgeKind.MOUNTS) {
            line.getStrokeDashArray().setAll(5.0, 4.0);
        }
        line.setMouseTransparent(true);
        return line;
    }

    private static void setPoints(Polyline line, List<Point> route) {
        Double[] xy = new Double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            xy[2 * i] = route.get(i).x();
            xy[2 * i + 1] = route.get(i).y();
        }
        line.getPoints().setAll(xy);
    }

    private static final Color PUBLISHES = Color.web("#455a64");
    private static final Color MOUNTS = Color.web("#8d6e63");
    private static final Color ATTACHED = Color.web("#78909c");

    /** The stack boxes (a few): drawn anew when the layout changed. */
    private void drawGroups(TopologyPicture picture) {
        groupLayer.getChildren().clear();
        for (GraphGroup g : picture.graph().groups()) {
            Box b = picture.layout().groups().get(g.id());
            if (b == null) {
                continue;
            }
            Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
            r.setArcWidth(14);
            r.setArcHeight(14);
            r.setFill(Color.web("#f5f9ff"));
            r.setStroke(Color.web("#90caf9"));
            r.setStrokeWidth(1.5);
            r.getStyleClass().add("topology-group");
            Text t = new Text(b.x() + 12, b.y() + 19, g.label());
            t.setFont(Font.font("System", FontWeight.BOLD, 13));
            t.setFill(Color.web("#1565c0"));
            groupLayer.getChildren().addAll(r, t);
        }
    }

    public void select(String nodeId) {
        if (selectedId != null && shapes.containsKey(selectedId)) {
            shapes.get(selectedId).setSelected(false);
        }
        selectedId = nodeId;
        if (nodeId != null && shapes.containsKey(nodeId)) {
            shapes.get(nodeId).setSelected(true);
            shapes.get(nodeId).toFront();
        }
    }

    /** Scales and centres the whole graph into the view (never larger than 1.5×). */
    public void fit() {
        Box b = shown.layout().bounds();
        if (b.width() <= 0 || getWidth() <= 0) {
            return;
        }
        double s = Math.min(1.5, Math.min((getWidth() - 40) / b.width(), (getHeight() - 40) / b.height()));
        s = Math.max(MIN_SCALE, s);
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((getWidth() - b.width() * s) / 2 - b.x() * s);
        pan.setY((getHeight() - b.height() * s) / 2 - b.y() * s);
    }

    /** Zooms by a factor, keeping the graph point under (x, y) of this canvas where it is. */
    public void zoomAt(double factor, double x, double y) {
        double s = zoom.getX();
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s * factor));
        double gx = (x - pan.getX()) / s;
        double gy = (y - pan.getY()) / s;
        zoom.setX(next);
        zoom.setY(next);
        pan.setX(x - gx * next);
        pan.setY(y - gy * next);
    }

    public void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.exp(e.getDeltaY() * 0.004), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressedAt = new Point2D(e.getX(), e.getY());
        panAtPress = offset();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (pressedAt == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressedAt.getX();
        double dy = e.getY() - pressedAt.getY();
        if (Math.abs(dx) + Math.abs(dy) > 3) {
            dragged = true;
        }
        pan.setX(panAtPress.getX() + dx);
        pan.setY(panAtPress.getY() + dy);
    }

    private void onClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String id = nodeIdOf(e.getPickResult().getIntersectedNode());
        if (e.getClickCount() >= 2 && id != null) {
            onOpen.accept(id);
        } else if (e.getClickCount() == 1) {
            onSelect.accept(id);
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        String text = e.getText();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || "+".equals(text)) {
            zoomAt(1.25, getWidth() / 2, getHeight() / 2);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(text)) {
            zoomAt(0.8, getWidth() / 2, getHeight() / 2);
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            fit();
        } else {
            return;
        }
        e.consume();
    }

    private static String nodeIdOf(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof NodeShape shape) {
                return shape.node().id();
            }
        }
        return null;
    }
}
