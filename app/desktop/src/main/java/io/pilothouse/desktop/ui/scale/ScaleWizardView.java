package io.pilothouse.desktop.ui.scale;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import java.util.List;

/** Binds the scale wizard's FXML to its view model; a service shows step, interval and force, a container its proxy. */
public final class ScaleWizardView {

    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private TextField replicasField;
    @FXML private Label replicasHint;
    @FXML private Label stepLabel;
    @FXML private TextField stepField;
    @FXML private Label stepHint;
    @FXML private Label intervalLabel;
    @FXML private TextField intervalField;
    @FXML private CheckBox forceBox;
    @FXML private Label proxyLabel;
    @FXML private ComboBox<String> proxyBox;
    @FXML private Label proxyHint;
    @FXML private Label listenLabel;
    @FXML private TextField listenField;
    @FXML private Label appPortLabel;
    @FXML private TextField appPortField;
    @FXML private Label drainLabel;
    @FXML private TextField drainField;
    @FXML private Label errorLabel;
    @FXML private ListView<String> warningList;
    @FXML private Button previewButton;
    private ScaleWizardViewModel vm;

    public void bind(ScaleWizardViewModel model) {
        this.vm = model;
        titleLabel.setText(vm.title());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        replicasHint.setText(vm.swarm() ? "replicas of the service" : "containers in all, the original counted");
        replicasField.textProperty().bindBidirectional(vm.replicasProperty());
        stepField.textProperty().bindBidirectional(vm.stepProperty());
        intervalField.textProperty().bindBidirectional(vm.intervalProperty());
        forceBox.selectedProperty().bindBidirectional(vm.forceProperty());
        proxyBox.setItems(vm.proxies());
        proxyBox.valueProperty().bindBidirectional(vm.proxyProperty());
        listenField.textProperty().bindBidirectional(vm.listenPortProperty());
        appPortField.textProperty().bindBidirectional(vm.appPortProperty());
        drainField.textProperty().bindBidirectional(vm.drainProperty());
        show(vm.swarm(), stepLabel, stepField, stepHint, intervalLabel, intervalField, forceBox);
        show(!vm.swarm(), proxyLabel, proxyBox, proxyHint, listenLabel, listenField, appPortLabel, appPortField, drainLabel, drainField);
        errorLabel.textProperty().bind(vm.errorProperty());
        warningList.setItems(vm.warnings());
        warningList.visibleProperty().bind(Bindings.isNotEmpty(vm.warnings()));
        warningList.managedProperty().bind(warningList.visibleProperty());
        previewButton.disableProperty().bind(vm.busyProperty().or(vm.scalableProperty().not()));
    }

    private static void show(boolean shown, Node... nodes) {
        for (Node n : List.of(nodes)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    @FXML private void onPreview() { vm.preview(); }
}
