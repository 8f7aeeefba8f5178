package io.pilothouse.desktop.ui.infra;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A control's tooltip made when the pointer first enters the control, not with the window: each
 * tooltip is a popup window of its own (a scene whose style is matched against the whole theme),
 * which the first frame would otherwise pay for every button and row. Once made, the tooltip is
 * the control's ordinary tooltip and shows after its usual delay.
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    /** The control's accessible help, which the FXML gives, becomes its tooltip on first hover. */
    public static void ofHelp(Control control) {
        String help = control.getAccessibleHelp();
        if (help != null && !help.isBlank()) {
            onFirstHover(control, () -> new Tooltip(help));
        }
    }

    /** {@code make} is called once, when the pointer first enters {@code control}, and its tooltip set on it. */
    public static void onFirstHover(Control control, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> entered = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(make.get());
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, entered);
    }
}
