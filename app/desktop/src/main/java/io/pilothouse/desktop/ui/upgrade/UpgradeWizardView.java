package io.pilothouse.desktop.ui.upgrade;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the upgrade wizard's FXML to its view model. */
public final class UpgradeWizardView {

    @FXML private Label titleLabel;
    @FXML private ChoiceBox<String> strategyChoice;
    @FXML private TextField imageField;
    @FXML private TextField timeoutField;
    @FXML private Button previewButton;
    @FXML private ListView<String> stepList;
    @FXML private ListView<String> differenceList;
    @FXML private Button continueButton;
    @FXML private Label statusLabel;
    private UpgradeWizardViewModel vm;

    public void bind(UpgradeWizardViewModel model, String title) {
        this.vm = model;
        titleLabel.setText(title);
        strategyChoice.setItems(vm.strategies());
        strategyChoice.valueProperty().bindBidirectional(vm.strategyProperty());
        imageField.textProperty().bindBidirectional(vm.imageProperty());
        timeoutField.textProperty().bindBidirectional(vm.healthTimeoutProperty());
        stepList.setItems(vm.steps());
        differenceList.setItems(vm.difference());
        statusLabel.textProperty().bind(vm.statusProperty());
        previewButton.disableProperty().bind(vm.busyProperty());
        continueButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.draftProperty().get() == null
                || vm.busyProperty().get(), vm.draftProperty(), vm.busyProperty()));
    }

    @FXML private void onPreview() { vm.preview(); }

    @FXML private void onContinue() { vm.proceed(); }
}
