package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.Consistency;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Binds the backup wizard's FXML to its view model. */
public final class BackupWizardView {

    @FXML private Label titleLabel;
    @FXML private TableView<VolumeRow> volumeTable;
    @FXML private TableColumn<VolumeRow, Boolean> chosenColumn;
    @FXML private TableColumn<VolumeRow, String> nameColumn;
    @FXML private TableColumn<VolumeRow, String> classColumn;
    @FXML private TableColumn<VolumeRow, String> usersColumn;
    @FXML private TableColumn<VolumeRow, Consistency> consistencyColumn;
    @FXML private TableColumn<VolumeRow, Double> progressColumn;
    @FXML private TableColumn<VolumeRow, String> stateColumn;
    @FXML private ListView<String> planList;
    @FXML private TextField guardField;
    @FXML private Label guardLabel;
    @FXML private ProgressBar overallBar;
    @FXML private Label throughputLabel;
    @FXML private Label statusLabel;
    @FXML private Button planButton;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    private BackupWizardViewModel vm;

    public void bind(BackupWizardViewModel model, String title) {
        this.vm = model;
        titleLabel.setText(title);
        volumeTable.setItems(vm.rows());
        volumeTable.setEditable(true);
        chosenColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        chosenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(chosenColumn));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        classColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().classText()));
        usersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().usersText()));
        consistencyColumn.setCellValueFactory(c -> c.getValue().consistencyProperty());
        consistencyColumn.setCellFactory(ChoiceBoxTableCell.forTableColumn(Consistency.values()));
        progressColumn.setCellValueFactory(c -> c.getValue().progressProperty().asObject());
        progressColumn.setCellFactory(ProgressBarTableCell.forTableColumn());
        stateColumn.setCellValueFactory(c -> c.getValue().statusProperty());
        planList.setItems(vm.preview());
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
