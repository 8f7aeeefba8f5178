package io.pilothouse.desktop.ui.maintenance;

import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.terminal.MaintenanceSession;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.function.Consumer;

/** The maintenance wizard as a dialog: it stays open until the locks are taken or it is cancelled. */
public final class MaintenanceWizard {

    private final Dialog<MaintenanceSession> dialog = new Dialog<>();

    public MaintenanceWizard(Window owner, MaintenanceWizardViewModel vm, Consumer<MaintenanceSession> opened) {
        LoadedView<MaintenanceWizardView> view = ViewLoader.load(MaintenanceWizardView.class, "MaintenanceWizard.fxml");
        view.controller().bind(vm, vm.production() ? new ProductionGuard().prompt(hostOf(vm), "take maintenance locks") : "");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.setHeaderText(vm.title());
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.getDialogPane().setContent(view.root());
        ButtonType take = new ButtonType("Take locks and open shell", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(take, ButtonType.CANCEL);
        Button takeButton = (Button) dialog.getDialogPane().lookupButton(take);
        takeButton.setId("acquireButton");
        takeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canAcquire(),
                vm.checkedProperty(), vm.busyProperty(), vm.typedHostProperty()));
        takeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.acquire(session -> {
                dialog.setResult(session);
                dialog.close();
                opened.accept(session);
            });
        });
        dialog.setResultConverter(b -> null);
    }

    private static io.pilothouse.core.host.HostProfile hostOf(MaintenanceWizardViewModel vm) {
        return vm.host();
    }

    public Dialog<MaintenanceSession> dialog() {
        return dialog;
    }

    public void show() {
        dialog.show();
    }
}
