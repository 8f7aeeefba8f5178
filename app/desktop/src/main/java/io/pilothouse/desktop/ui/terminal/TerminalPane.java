package io.pilothouse.desktop.ui.terminal;

import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.terminal.CloseReport;
import io.pilothouse.core.terminal.TerminalSession;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One terminal tab's content: a header naming the host (in its environment's colour) and the
 * container, an optional banner (the held maintenance locks), the terminal, and a status line that
 * says how the session ended. The session is started and closed off the JavaFX thread.
 */
public final class TerminalPane {

    private final BorderPane root = new BorderPane();
    private final JediTermFxWidget widget;
    private final SessionTtyConnector connector;
    private final Label status = new Label();
    private final Executor background;

    public TerminalPane(HostProfile host, String target, TerminalSession session, Optional<String> banner,
                        Executor background) {
        this.background = background;
        this.widget = new JediTermFxWidget(100, 30, new DefaultSettingsProvider());
        this.connector = new SessionTtyConnector(session, this::closed);
        Label hostLabel = new Label(host.name() + " · " + host.environment().name());
        hostLabel.setId("terminalHost");
        hostLabel.setStyle("-fx-text-fill: white; -fx-font-weight: bold; -fx-padding: 2 8 2 8; -fx-background-color: "
                + host.environment().colour() + ";");
        Label targetLabel = new Label(target + (session.readOnly() ? " — read-only" : ""));
        targetLabel.setId("terminalTarget");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        status.setId("terminalStatus");
        HBox header = new HBox(8, hostLabel, targetLabel, grow, status);
        header.setPadding(new Insets(4));
        VBox top = new VBox(header);
        banner.ifPresent(text -> {
            Label b = new Label(text);
            b.setId("maintenanceBanner");
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setStyle("-fx-background-color: #ffca28; -fx-text-fill: black; -fx-font-weight: bold; -fx-padding: 6 10 6 10;");
            top.getChildren().add(b);
        });
        root.setTop(top);
        root.setCenter(widget.getPane());
        root.getStyleClass().add("terminal-pane");
    }

    /**
     * The widget repaints from a timeline that runs until it is stopped; left running after the tab
     * is gone, its handler fails on every pulse once the widget is collected.
     */
    private void stopRepaint() {
        widget.getTerminalPanel().dispose();
    }

    public BorderPane root() {
        return root;
    }

    public JediTermFxWidget widget() {
        return widget;
    }

    public SessionTtyConnector connector() {
        return connector;
    }

    /** Starts the session in the background, then the widget on the JavaFX thread. */
    public void start() {
        status.setText("starting…");
        background.execute(() -> {
            try {
                connector.session().start(connector);
                Platform.runLater(() -> {
                    widget.setTtyConnector(connector);
                    widget.start();
                    status.setText("");
                    widget.getPreferredFocusableNode().requestFocus();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Could not start: " + e.getMessage()));
            }
        });
    }

    /** Sends text as if typed. */
    public void type(String text) {
        connector.write(text);
    }

    /** Ends the process in the container (in the background) and stops the widget's repainting. */
    public void dispose() {
        background.execute(connector::close);
        if (Platform.isFxApplicationThread()) {
            stopRepaint();
        } else {
            Platform.runLater(this::stopRepaint);
        }
    }

    private void closed(CloseReport report) {
        Platform.runLater(() -> {
            status.setText(report.sentence());
            status.setStyle(report.ended() ? "" : "-fx-text-fill: #c62828;");
            try {
                widget.stop();
            } catch (RuntimeException ignored) {
                // already stopped
            }
        });
    }
}
