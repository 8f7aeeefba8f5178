package io.pilothouse.desktop.ui.infra;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.guard.ProductionGuardDialog;
import io.pilothouse.desktop.ui.guard.ProductionGuardViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The one place where failures and confirmations become dialogs: a connection failure shows its
 * sentence, a production host asks for its name typed out, other hosts for a plain yes.
 */
public final class Dialogs {

    private final Supplier<Window> owner;
    private final ConfirmationRule guard;

    public Dialogs(Supplier<Window> owner, ConfirmationRule guard) {
        this.owner = owner;
        this.guard = guard;
    }

    /** Shows the failure's sentence; does not wait. */
    public Alert failure(String title, ConnectionFailure failure) {
        return error(title, failure.getMessage());
    }

    /** Shows a problem sentence; does not wait. */
    public Alert error(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(sentence);
        text.setId("failureSentence");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
        return alert;
    }

    /**
     * Asks before an action that cannot be undone. A host whose environment needs it goes through
     * the production guard (its name typed out); any other host gets a plain confirmation.
     */
    public boolean confirm(HostProfile host, String action, String sentence) {
        ProductionGuardViewModel guarded;
        try {
            guarded = guard.requiresConfirmation(host) ? new ProductionGuardViewModel(host, action, guard) : null;
        } catch (RuntimeException e) {
            error(capitalised(action) + " " + host.name(), "The production guard could not be asked, so nothing was done: "
                    + e.getMessage());
            return false;
        }
        if (guarded != null) {
            return new ProductionGuardDialog(owner.get(), guarded, capitalised(action)).ask();
        }
        ButtonType yes = new ButtonType(capitalised(action), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, sentence, yes, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(capitalised(action) + " " + host.name());
        alert.setHeaderText(capitalised(action) + " " + host.name() + "?");
        alert.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        return alert.showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
