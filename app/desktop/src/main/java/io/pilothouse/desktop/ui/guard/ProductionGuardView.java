package io.pilothouse.desktop.ui.guard;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The production guard's content: the environment band, the sentence, and the field for the name. */
public final class ProductionGuardView {

    @FXML private HBox banner;
    @FXML private Label environmentLabel;
    @FXML private Label promptLabel;
    @FXML private TextField nameField;

    public void bind(ProductionGuardViewModel vm) {
        banner.setStyle("-fx-background-color: " + vm.environmentColour() + ";");
        environmentLabel.setText(vm.environmentName() + " — " + vm.hostName());
        promptLabel.setText(vm.prompt());
        nameField.setPromptText(vm.hostName());
        nameField.textProperty().bindBidirectional(vm.typedProperty());
    }

    public TextField nameField() {
        return nameField;
    }
}
