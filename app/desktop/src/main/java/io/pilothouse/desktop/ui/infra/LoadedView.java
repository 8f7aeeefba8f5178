package io.pilothouse.desktop.ui.infra;

import javafx.scene.Parent;

/** A loaded FXML file: its root node and its controller. */
public record LoadedView<C>(Parent root, C controller) {
}
