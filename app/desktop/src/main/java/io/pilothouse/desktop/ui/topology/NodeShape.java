package io.pilothouse.desktop.ui.topology;

import javafx.geometry.VPos;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/** One node on the canvas: a box in its state's colour with its name and a second line; cached as a bitmap. */
final class NodeShape extends Group {

    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 12);
    private static final Font DETAIL = Font.font("System", 10.5);
    private static final Color SELECTED = Color.web("#ffb300");
    private final Rectangle box = new Rectangle();
    private final Text label = new Text();
    private final Text detail = new Text();
    private final Group badge = maintenanceBadge();
    private final Group updateBadge = updateBadge();
    private GraphNode node;
    private boolean selected;
    private Tooltip tooltip;

    NodeShape(GraphNode node) {
        getStyleClass().add("topology-node");
        label.setFont(LABEL);
        detail.setFont(DETAIL);
        label.setTextOrigin(VPos.TOP);
        detail.setTextOrigin(VPos.TOP);
        getChildren().addAll(box, label, detail, badge, updateBadge);
        setCache(true);
        setCacheHint(CacheHint.SPEED);
        setOnMouseEntered(e -> installTooltip());
        update(node);
    }

    GraphNode node() {
        return node;
    }

    void update(GraphNode next) {
        if (node == null || !node.id().equals(next.id())) {
            setId("node-" + next.id().replaceAll("[^A-Za-z0-9_-]", "_"));
            setUserData(next.id());
        }
        this.node = next;
        double w = NodeSizes.width(next);
        double h = NodeSizes.height(next);
        box.setWidth(w);
        box.setHeight(h);
        label.setText(fit(next.label(), w));
        detail.setText(fit(next.detail(), w));
        Color state = Color.web(next.state().colour());
        switch (next.kind()) {
            case CONTAINER, SERVICE -> {
                box.setArcWidth(10);
                box.setArcHeight(10);
                box.setFill(state);
                box.setStroke(next.kind() == NodeKind.SERVICE ? state.darker().darker() : state.darker());
                box.setStrokeWidth(next.kind() == NodeKind.SERVICE ? 3 : 1);
                label.setFill(Color.WHITE);
                detail.setFill(Color.rgb(255, 255, 255, 0.88));
            }
            case NETWORK -> resource(h, Color.web("#e3f2fd"), Color.web("#1e88e5"));
            case VOLUME -> resource(8, Color.web("#fff3e0"), Color.web("#8d6e63"));
            case PORT -> resource(h, Color.WHITE, Color.web("#455a64"));
        }
        label.setX(10);
        label.setY(next.kind() == NodeKind.PORT ? 3 : 5);
        detail.setX(10);
        detail.setY(next.kind() == NodeKind.PORT ? 17 : next.kind() == NodeKind.CONTAINER || next.kind() == NodeKind.SERVICE ? 24 : 20);
        badge.setVisible(next.underMaintenance());
        badge.setLayoutX(w - 9);
        badge.setLayoutY(-7);
        updateBadge.setVisible(next.hasUpdate());
        updateBadge.setLayoutX(next.underMaintenance() ? w - 31 : w - 9);
        updateBadge.setLayoutY(-7);
        if (tooltip != null) {
            tooltip.setText(tooltipText(next));
        }
        if (selected) {
            outline();
        }
    }

    /** An amber disc with a lock at the node's top right corner: someone holds maintenance locks in it. */
    private static Group maintenanceBadge() {
        javafx.scene.shape.Circle disc = new javafx.scene.shape.Circle(9, Color.web("#ffb300"));
        disc.setStroke(Color.web("#7a4f00"));
        disc.setStrokeWidth(1.2);
        org.kordamp.ikonli.javafx.FontIcon lock = new org.kordamp.ikonli.javafx.FontIcon("fth-lock");
        lock.setIconSize(11);
        lock.setIconColor(Color.web("#3e2700"));
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(disc, lock);
        Group g = new Group(centred);
        g.getStyleClass().add("maintenance-badge");
        g.setId("maintenance-badge");
        g.setVisible(false);
        return g;
    }

    /**
     * A white disc ringed in dark green with an arrow up at the top right corner (left of the lock when
     * both show): the registry has a newer image for its tag. White stands out on every state's colour.
     */
    private static Group updateBadge() {
        javafx.scene.shape.Circle disc = new javafx.scene.shape.Circle(9, Color.WHITE);
        disc.setStroke(Color.web("#1b5e20"));
        disc.setStrokeWidth(2);
        org.kordamp.ikonli.javafx.FontIcon arrow = new org.kordamp.ikonli.javafx.FontIcon("fth-arrow-up");
        arrow.setIconSize(13);
        arrow.setIconColor(Color.web("#1b5e20"));
        arrow.getStyleClass().add("update-badge-arrow");
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(disc, arrow);
        Group g = new Group(centred);
        g.getStyleClass().add("update-badge");
        g.setId("update-badge");
        g.setVisible(false);
        return g;
    }

    /** True while the newer-image badge shows. */
    boolean showsUpdate() {
        return updateBadge.isVisible();
    }

    private static String tooltipText(GraphNode node) {
        return String.join("\n", node.tooltip()) + (node.hasUpdate() ? "\n" + node.update() : "");
    }

    /** True while the maintenance badge shows. */
    boolean showsMaintenance() {
        return badge.isVisible();
    }

    private void resource(double arc, Color fill, Color stroke) {
        box.setArcWidth(arc);
        box.setArcHeight(arc);
        box.setFill(fill);
        box.setStroke(stroke);
        box.setStrokeWidth(1.2);
        label.setFill(Color.web("#263238"));
        detail.setFill(Color.web("#546e7a"));
    }

    /** Outlines the node, or draws it as its kind and state do; nothing changes (nor is drawn anew) when it already is so. */
    void setSelected(boolean selected) {
        if (this.selected == selected) {
            return;
        }
        this.selected = selected;
        if (selected) {
            outline();
        } else {
            update(node);
        }
    }

    private void outline() {
        box.setStroke(SELECTED);
        box.setStrokeWidth(4);
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText(node));
            tooltip.setShowDelay(Duration.millis(300));
            Tooltip.install(this, tooltip);
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }

    private static String fit(String text, double width) {
        int max = (int) ((width - 16) / NodeSizes.CHAR_WIDTH);
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }
}
