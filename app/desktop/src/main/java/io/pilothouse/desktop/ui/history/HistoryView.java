package io.pilothouse.desktop.ui.history;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.function.Function;

/** Binds the history window (backups; plan runs) to its two view models. */
public final class HistoryView {

    @FXML private TabPane tabs;
    @FXML private Tab backupsTab;
    @FXML private Tab runsTab;
    @FXML private Label folderLabel;
    @FXML private TextField searchField;
    @FXML private TableView<CatalogRow> backupTable;
    @FXML private TableColumn<CatalogRow, String> finishedColumn;
    @FXML private TableColumn<CatalogRow, String> hostColumn;
    @FXML private TableColumn<CatalogRow, String> volumeColumn;
    @FXML private TableColumn<CatalogRow, String> sizeColumn;
    @FXML private TableColumn<CatalogRow, String> consistencyColumn;
    @FXML private TableColumn<CatalogRow, String> checkColumn;
    @FXML private Button verifyButton;
    @FXML private Button reloadButton;
    @FXML private TextField keepLastField;
    @FXML private TextField newerThanField;
    @FXML private Button previewButton;
    @FXML private ListView<CatalogRow> removeList;
    @FXML private Label catalogStatus;
    @FXML private Button pruneButton;
    @FXML private ComboBox<String> hostBox;
    @FXML private TableView<PlanRunRow> runTable;
    @FXML private TableColumn<PlanRunRow, String> startedColumn;
    @FXML private TableColumn<PlanRunRow, String> runHostColumn;
    @FXML private TableColumn<PlanRunRow, String> outcomeColumn;
    @FXML private TableColumn<PlanRunRow, String> titleColumn;
    @FXML private ListView<String> storyList;
    @FXML private Label runsStatus;
    @FXML private ChoiceBox<String> rollbackChoice;
    @FXML private Button rollbackButton;
    private BackupCatalogViewModel catalog;
    private PlanRunsViewModel runs;

    public void bind(BackupCatalogViewModel catalogModel, PlanRunsViewModel runsModel) {
        catalog = catalogModel;
        runs = runsModel;
        folderLabel.setText("Folder: " + catalog.folder());
        searchField.textProperty().bindBidirectional(catalog.searchProperty());
        backupTable.setItems(catalog.shown());
        backupTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        text(finishedColumn, CatalogRow::finished);
        text(hostColumn, CatalogRow::host);
        text(volumeColumn, CatalogRow::volume);
        text(sizeColumn, CatalogRow::size);
        text(consistencyColumn, CatalogRow::consistency);
        checkColumn.setCellValueFactory(c -> c.getValue().checkProperty());
        keepLastField.textProperty().bindBidirectional(catalog.keepLastProperty());
        newerThanField.textProperty().bindBidirectional(catalog.newerThanDaysProperty());
        removeList.setItems(catalog.toRemove());
        removeList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + "  —  " + r.host() + ", " + r.volume() + ", " + r.finished());
            }
        });
        catalogStatus.textProperty().bind(catalog.statusProperty());
        verifyButton.disableProperty().bind(catalog.busyProperty()
                .or(backupTable.getSelectionModel().selectedItemProperty().isNull()));
        reloadButton.disableProperty().bind(catalog.busyProperty());
        previewButton.disableProperty().bind(catalog.busyProperty());
        pruneButton.disableProperty().bind(catalog.busyProperty().or(catalog.canPruneProperty().not()));

        hostBox.setItems(runs.hosts());
        hostBox.valueProperty().bindBidirectional(runs.hostProperty());
        runTable.setItems(runs.shown());
        text(startedColumn, PlanRunRow::started);
        text(runHostColumn, PlanRunRow::host);
        text(outcomeColumn, PlanRunRow::outcome);
        text(titleColumn, PlanRunRow::title);
        runTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> runs.chosenProperty().set(now));
        storyList.setItems(runs.story());
        runsStatus.textProperty().bind(runs.statusProperty());
        rollbackChoice.setItems(runs.rollbackTargets());
        rollbackChoice.valueProperty().bindBidirectional(runs.rollbackTargetProperty());
        rollbackChoice.visibleProperty().bind(Bindings.isNotEmpty(runs.rollbackTargets()));
        rollbackChoice.managedProperty().bind(rollbackChoice.visibleProperty());
        rollbackButton.visibleProperty().bind(rollbackChoice.visibleProperty());
        rollbackButton.managedProperty().bind(rollbackChoice.visibleProperty());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Shows the plan runs tab first. */
    public void showRuns() {
        tabs.getSelectionModel().select(runsTab);
    }

    @FXML private void onReload() { catalog.load(); }

    @FXML private void onReloadRuns() { runs.load(); }

    @FXML private void onRollBack() { runs.rollBack(); }

    @FXML private void onVerify() { catalog.verify(backupTable.getSelectionModel().getSelectedItems()); }

    @FXML private void onPreview() { catalog.preview(); }

    @FXML private void onPrune() { catalog.prune(); }
}
