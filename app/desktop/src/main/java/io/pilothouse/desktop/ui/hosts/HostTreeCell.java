package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.scene.shape.Circle;

import java.util.Locale;

/** A row of the host list: an environment heading, or a host with its status dot, address and tooltip. */
final class HostTreeCell extends TreeCell<Object> {

    private final Circle dot = new Circle(5);
    private final Label name = new Label();
    private final Label address = new Label();
    private final Region stripe = new Region();
    private final VBox texts = new VBox(1, name, address);
    private final HBox hostRow = new HBox(8, stripe, dot, texts);
    /** Made when the pointer first enters a host's row (a tooltip is a popup window of its own). */
    private Tooltip tooltip;
    private final ChangeListener<HostStatus> onStatus = (o, was, now) -> showState(now);
    private HostItem shown;

    HostTreeCell() {
        dot.getStyleClass().add("status-dot");
        address.getStyleClass().addAll("host-address", "text-small", "text-muted");
        stripe.getStyleClass().add("environment-stripe");
        hostRow.getStyleClass().add("host-row");
        // long addresses end in an ellipsis (the tooltip has them whole) instead of scrolling the list sideways
        setPrefWidth(0);
        texts.setMinWidth(0);
        name.setMinWidth(0);
        address.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        addEventFilter(MouseEvent.MOUSE_ENTERED, e -> {
            if (shown != null && getTooltip() == null) {
                showTooltip(shown);
            }
        });
    }

    private void showTooltip(HostItem host) {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        tooltip.textProperty().bind(Bindings.concat(host.profile().transport().url(), "\n", host.detailProperty()));
        setTooltip(tooltip);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.statusProperty().removeListener(onStatus);
            if (tooltip != null) {
                tooltip.textProperty().unbind();
            }
            shown = null;
        }
        getStyleClass().removeAll("environment-row", "host-cell");
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        } else if (item instanceof HostGroup group) {
            Label heading = new Label(group.environment().toUpperCase(Locale.ROOT) + "  (" + group.hosts().size() + ")");
            heading.getStyleClass().add("environment-heading");
            heading.setStyle("-fx-text-fill: " + group.colour() + ";");
            getStyleClass().add("environment-row");
            setText(null);
            setGraphic(heading);
            setTooltip(null);
        } else if (item instanceof HostItem host) {
            shown = host;
            name.setText(host.name());
            address.setText(host.profile().transport().url());
            stripe.setStyle("-fx-background-color: " + host.profile().environment().colour() + ";");
            host.statusProperty().addListener(onStatus);
            showState(host.status());
            getStyleClass().add("host-cell");
            setText(null);
            setGraphic(hostRow);
            if (tooltip != null) {
                showTooltip(host);
            }
        }
    }

    private void showState(HostStatus status) {
        for (HostStatus.State s : HostStatus.State.values()) {
            dot.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)), s == status.state());
        }
        dot.setAccessibleText(shown == null ? null : shown.stateLabelProperty().get());
    }
}
