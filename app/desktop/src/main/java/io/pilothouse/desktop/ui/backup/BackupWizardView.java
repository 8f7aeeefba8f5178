package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.Consistency;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;

/** Binds the backup wizard's choosing page to its view model. */
public final class BackupWizardView {

    @FXML private Label titleLabel;
    @FXML private TableView<VolumeRow> volumeTable;
    @FXML private TableColumn<VolumeRow, Boolean> chosenColumn;
    @FXML private TableColumn<VolumeRow, String> nameColumn;
    @FXML private TableColumn<VolumeRow, String> classColumn;
    @FXML private TableColumn<VolumeRow, String> usersColumn;
    @FXML private TableColumn<VolumeRow, Consistency> consistencyColumn;
    @FXML private Label statusLabel;
    @FXML private Button planButton;
    private BackupWizardViewModel vm;

    public void bind(BackupWizardViewModel model, String title) {
        this.vm = model;
        titleLabel.setText(title);
        volumeTable.setItems(vm.rows());
        volumeTable.setEditable(true);
        chosenColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        chosenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(chosenColumn));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(c -> fullTextCell());
        classColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().classText()));
        classColumn.setCellFactory(c -> fullTextCell());
        usersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().usersText()));
        usersColumn.setCellFactory(c -> fullTextCell());
        consistencyColumn.setCellValueFactory(c -> c.getValue().consistencyProperty());
        consistencyColumn.setCellFactory(ChoiceBoxTableCell.forTableColumn(Consistency.values()));
        statusLabel.textProperty().bind(vm.statusProperty());
        planButton.disableProperty().bind(vm.busyProperty());
    }

    /** A cell whose whole text is in its tooltip when the column is too narrow for it. */
    private static TableCell<VolumeRow, String> fullTextCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        };
    }

    @FXML private void onPlan() { vm.makePlan(); }
}
