package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.CatalogEntry;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the restore wizard's choosing page to its view model. */
public final class RestoreWizardView {

    @FXML private Label titleLabel;
    @FXML private ListView<CatalogEntry> backupList;
    @FXML private TextField volumeField;
    @FXML private CheckBox newVolumeBox;
    @FXML private Label overwritesLabel;
    @FXML private Label statusLabel;
    @FXML private Button planButton;
    private RestoreWizardViewModel vm;

    public void bind(RestoreWizardViewModel model, String title) {
        vm = model;
        titleLabel.setText(title);
        backupList.setItems(vm.backups());
        backupList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  —  " + e.manifest().host() + ", "
                        + e.manifest().entries() + " entries, " + e.manifest().finished());
            }
        });
        backupList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.chosenProperty().set(now));
        volumeField.textProperty().bindBidirectional(vm.volumeProperty());
        newVolumeBox.selectedProperty().bindBidirectional(vm.newVolumeProperty());
        overwritesLabel.textProperty().bind(vm.overwritesProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        planButton.disableProperty().bind(vm.busyProperty());
    }

    @FXML private void onPlan() { vm.makePlan(); }
}
