package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.Optional;

/** The host editor in a dialog: OK only while the inputs are valid; closing it forgets a running test. */
public final class HostEditorDialog {

    private final Dialog<HostProfile> dialog = new Dialog<>();
    private final ButtonType save;

    public HostEditorDialog(Window owner, HostEditorViewModel vm) {
        LoadedView<HostEditorView> view = ViewLoader.load(HostEditorView.class, "HostEditor.fxml");
        view.controller().bind(vm);
        save = new ButtonType(vm.mode() == HostEditorViewModel.Mode.EDIT ? "Save" : "Add", ButtonBar.ButtonData.OK_DONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("saveButton");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(vm.validProperty().not());
        dialog.setResultConverter(b -> b == save ? vm.profile().orElse(null) : null);
        dialog.setOnHidden(e -> vm.cancelTest());
        // another transport shows other fields: let the window follow the content's height
        vm.kindProperty().addListener(o -> fitWindow());
        vm.useCertDirProperty().addListener(o -> fitWindow());
        vm.testResultProperty().addListener(o -> fitWindow());
        Platform.runLater(() -> view.controller().nameField().requestFocus());
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    public Dialog<HostProfile> dialog() {
        return dialog;
    }

    /** Shows the editor and waits for the profile to save, if any. */
    public Optional<HostProfile> ask() {
        return dialog.showAndWait();
    }
}
