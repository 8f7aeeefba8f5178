package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.CatalogEntry;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;

/** Binds the restore wizard's FXML to its view model. */
public final class RestoreWizardView {

    @FXML private Label titleLabel;
    @FXML private ListView<CatalogEntry> backupList;
    @FXML private TextField volumeField;
    @FXML private CheckBox newVolumeBox;
    @FXML private ListView<String> planList;
    @FXML private Label overwritesLabel;
    @FXML private Label guardLabel;
    @FXML private TextField guardField;
    @FXML private ProgressBar overallBar;
    @FXML private Label throughputLabel;
    @FXML private Label statusLabel;
    @FXML private Button planButton;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
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
        planList.setItems(vm.preview());
        overwritesLabel.textProperty().bind(vm.overwritesProperty());
        guardField.textProperty().bindBidirectional(vm.typedNameProperty());
        guardField.visibleProperty().bind(vm.guardNeededProperty());
        guardLabel.visibleProperty().bind(vm.guardNeededProperty());
        overallBar.progressProperty().bind(vm.overallProperty());
        throughputLabel.textProperty().bind(vm.throughputProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        planButton.disableProperty().bind(vm.runningProperty());
        runButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canRun(),
                vm.plannedProperty(), vm.runningProperty(), vm.typedNameProperty()));
        cancelButton.disableProperty().bind(vm.runningProperty().not());
    }

    @FXML private void onPlan() { vm.makePlan(); }

    @FXML private void onRun() { vm.run(); }

    @FXML private void onCancel() { vm.cancel(); }
}
