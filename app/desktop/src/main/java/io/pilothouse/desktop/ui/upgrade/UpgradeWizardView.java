package io.pilothouse.desktop.ui.upgrade;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the upgrade wizard's FXML to its view model. */
public final class UpgradeWizardView {

    @FXML private Label titleLabel;
    @FXML private ChoiceBox<String> strategyChoice;
    @FXML private TextField imageField;
    @FXML private Label timeoutLabel;
    @FXML private TextField timeoutField;
    @FXML private Label drainLabel;
    @FXML private TextField drainField;
    @FXML private Button previewButton;
    @FXML private HBox serviceBox;
    @FXML private TextField parallelismField;
    @FXML private TextField delayField;
    @FXML private ChoiceBox<String> orderChoice;
    @FXML private ChoiceBox<String> failureChoice;
    @FXML private TextField monitorField;
    @FXML private ListView<String> stepList;
    @FXML private ListView<String> differenceList;
    @FXML private VBox tasksBox;
    @FXML private ListView<String> taskList;
    @FXML private Button rollbackButton;
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
        drainField.textProperty().bindBidirectional(vm.drainProperty());
        parallelismField.textProperty().bindBidirectional(vm.parallelismProperty());
        delayField.textProperty().bindBidirectional(vm.delayProperty());
        orderChoice.getItems().setAll(UpgradeWizardViewModel.ORDERS);
        orderChoice.valueProperty().bindBidirectional(vm.orderProperty());
        failureChoice.getItems().setAll(UpgradeWizardViewModel.FAILURE_ACTIONS);
        failureChoice.valueProperty().bindBidirectional(vm.failureActionProperty());
        monitorField.textProperty().bindBidirectional(vm.monitorProperty());
        shown(vm.isService(), serviceBox, tasksBox, rollbackButton);
        shown(!vm.isService(), timeoutLabel, timeoutField);
        var blueGreen = vm.strategyProperty().isEqualTo("blue-green");
        for (Node n : new Node[]{drainLabel, drainField}) {
            n.visibleProperty().bind(blueGreen);
            n.managedProperty().bind(blueGreen);
        }
        stepList.setItems(vm.steps());
        differenceList.setItems(vm.difference());
        taskList.setItems(vm.tasks());
        statusLabel.textProperty().bind(vm.statusProperty());
        previewButton.disableProperty().bind(vm.busyProperty());
        rollbackButton.disableProperty().bind(vm.busyProperty());
        continueButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.draftProperty().get() == null
                || vm.busyProperty().get(), vm.draftProperty(), vm.busyProperty()));
    }

    private static void shown(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    @FXML private void onPreview() { vm.preview(); }

    @FXML private void onContinue() { vm.proceed(); }

    @FXML private void onRollBack() { vm.rollBack(); }
}
