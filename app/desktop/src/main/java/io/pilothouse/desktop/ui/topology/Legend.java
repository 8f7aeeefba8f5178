package io.pilothouse.desktop.ui.topology;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The key to the colours and shapes: one swatch per state, then network, volume and port. */
final class Legend {

    private Legend() {
    }

    static void fill(Pane pane) {
        for (NodeState s : NodeState.values()) {
            if (s != NodeState.RESOURCE) {
                pane.getChildren().add(item(s.word(), Color.web(s.colour()), Color.web(s.colour()).darker(), 4));
            }
        }
        pane.getChildren().add(item("network", Color.web("#e3f2fd"), Color.web("#1e88e5"), 14));
        pane.getChildren().add(item("volume", Color.web("#fff3e0"), Color.web("#8d6e63"), 4));
        pane.getChildren().add(item("published port", Color.WHITE, Color.web("#455a64"), 14));
    }

    private static Label item(String word, Color fill, Color stroke, double arc) {
        Rectangle swatch = new Rectangle(22, 12, fill);
        swatch.setStroke(stroke);
        swatch.setArcWidth(arc);
        swatch.setArcHeight(arc);
        Label label = new Label(word, swatch);
        label.getStyleClass().add("legend-item");
        label.setId("legend-" + word.replace(' ', '-'));
        return label;
    }
}
