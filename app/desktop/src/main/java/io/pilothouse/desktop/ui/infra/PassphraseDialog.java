package io.pilothouse.desktop.ui.infra;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;

/** Asks for an SSH key's passphrase. The characters are handed over once and cleared from the field. */
final class PassphraseDialog {

    private PassphraseDialog() {
    }

    static Optional<char[]> ask(Window owner, String keyFile, boolean retry) {
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        Label sentence = new Label((retry ? "That passphrase was not right. " : "")
                + "Enter the passphrase of the key " + keyFile + ".");
        sentence.setWrapText(true);
        Label note = new Label("It is used for this connection only and never saved.");
        note.getStyleClass().add("text-muted");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Key passphrase");
        dialog.setHeaderText(retry ? "Wrong passphrase" : "Passphrase needed");
        dialog.setGraphic(new FontIcon("fth-key"));
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setContent(new VBox(8, sentence, field, note));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(460);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> button = dialog.showAndWait();
        char[] passphrase = null;
        if (button.orElse(ButtonType.CANCEL) == ButtonType.OK && field.getLength() > 0) {
            CharSequence chars = field.getCharacters();
            passphrase = new char[chars.length()];
            for (int i = 0; i < passphrase.length; i++) {
                passphrase[i] = chars.charAt(i);
            }
        }
        field.clear();
        return Optional.ofNullable(passphrase);
    }
}
