package io.pilothouse.desktop.ui.maintenance;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The maintenance wizard's form: paths, user, lease, the plan as preview, the production guard. */
public final class MaintenanceWizardView {

    @FXML private TextArea lockPaths;
    @FXML private TextField shellUser;
    @FXML private TextField leaseSeconds;
    @FXML private Button checkButton;
    @FXML private ListView<String> planPreview;
    @FXML private VBox guardBox;
    @FXML private Label guardPrompt;
    @FXML private TextField confirmHostField;
    @FXML private Label wizardMessage;

    private MaintenanceWizardViewModel vm;

    public void bind(MaintenanceWizardViewModel model, String guardText) {
        this.vm = model;
        lockPaths.textProperty().bindBidirectional(model.pathsProperty());
        shellUser.textProperty().bindBidirectional(model.userProperty());
        leaseSeconds.textProperty().bindBidirectional(model.leaseProperty());
        confirmHostField.textProperty().bindBidirectional(model.typedHostProperty());
        planPreview.setItems(model.preview());
        wizardMessage.textProperty().bind(model.messageProperty());
        checkButton.disableProperty().bind(model.busyProperty());
        guardBox.setVisible(model.production());
        guardBox.setManaged(model.production());
        guardPrompt.setText(guardText);
    }

    @FXML
    void check() {
        vm.check();
    }
}
