package io.pilothouse.desktop.ui.guard;

import atlantafx.base.theme.Styles;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.infra.LoadedView;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The dialog every dangerous action on a production host goes through: OK only once the host's
 * name is typed as the guard wants it.
 */
public final class ProductionGuardDialog {

    private final Dialog<Boolean> dialog = new Dialog<>();
    private final ButtonType confirm;

    public ProductionGuardDialog(Window owner, ProductionGuardViewModel vm, String confirmLabel) {
        LoadedView<ProductionGuardView> view = ViewLoader.load(ProductionGuardView.class, "ProductionGuard.fxml");
        view.controller().bind(vm);
        confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).setId("guardConfirmButton");
        dialog.getDialogPane().lookupButton(confirm).getStyleClass().add(Styles.DANGER);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(vm.confirmedProperty().not());
        dialog.setResultConverter(b -> b == confirm && vm.isConfirmed());
        Platform.runLater(() -> view.controller().nameField().requestFocus());
    }

    public Dialog<Boolean> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits: true when the name was typed and the action confirmed. */
    public boolean ask() {
        return dialog.showAndWait().orElse(false);
    }
}
