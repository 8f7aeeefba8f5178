package io.pilothouse.desktop.ui.infra;

import io.pilothouse.core.host.HostKey;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a host key seen for the first time, with its SHA256 fingerprint, to accept or reject. */
final class HostKeyDialog {

    static final ButtonType ACCEPT = new ButtonType("Accept and remember", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType REJECT = new ButtonType("Reject", ButtonBar.ButtonData.CANCEL_CLOSE);

    private HostKeyDialog() {
    }

    static boolean ask(Window owner, HostKey key) {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, new Label("Host"), new Label(key.knownHostsName()));
        facts.addRow(1, new Label("Key type"), new Label(key.type()));
        Label fingerprint = new Label(key.sha256Fingerprint());
        fingerprint.setId("fingerprintLabel");
        fingerprint.getStyleClass().add("monospace");
        facts.addRow(2, new Label("Fingerprint"), fingerprint);
        Label sentence = new Label("Pilothouse has never seen this host's key. Compare the fingerprint with the one "
                + "the server's administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before accepting.");
        sentence.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ACCEPT, REJECT);
        alert.initOwner(owner);
        alert.setTitle("Unknown host key");
        alert.setHeaderText("Trust " + key.knownHostsName() + "?");
        alert.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        alert.getDialogPane().setContent(new VBox(12, sentence, facts));
        alert.getDialogPane().setPrefWidth(560);
        return alert.showAndWait().orElse(REJECT) == ACCEPT;
    }
}
