package io.pilothouse.desktop.ui.plan;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The plan wizard pane: the plan as preview, progress, undo log, report and the buttons. */
public final class PlanWizardView {

    @FXML private HBox banner;
    @FXML private Label hostLabel;
    @FXML private Label titleLabel;
    @FXML private TableView<PlanStepRow> stepTable;
    @FXML private TableColumn<PlanStepRow, String> numberColumn;
    @FXML private TableColumn<PlanStepRow, String> stepColumn;
    @FXML private TableColumn<PlanStepRow, String> statusColumn;
    @FXML private TableColumn<PlanStepRow, String> detailColumn;
    @FXML private ProgressBar overallBar;
    @FXML private Label overallLabel;
    @FXML private Label stepLabel;
    @FXML private ListView<String> undoList;
    @FXML private Label reportLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Button runButton;
    @FXML private Button closeButton;

    private PlanWizardViewModel vm;
    private Supplier<java.util.Optional<String>> confirm;
    private Supplier<Path> saveTarget;
    private Consumer<String> failure;
    private Runnable closer;

    /**
     * @param confirm    asks the guard: the typed name, or empty when the user backed out
     * @param saveTarget asks where to save (null: not saved)
     */
    public void bind(PlanWizardViewModel vm, Supplier<java.util.Optional<String>> confirm, Supplier<Path> saveTarget,
                     Consumer<String> failure, Runnable closer) {
        this.vm = vm;
        this.confirm = confirm;
        this.saveTarget = saveTarget;
        this.failure = failure;
        this.closer = closer;
        banner.setStyle("-fx-background-color: " + vm.environmentColour() + ";");
        hostLabel.setText(vm.hostLine());
        titleLabel.setText(vm.title());
        stepTable.setItems(vm.steps());
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().number()));
        stepColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        stepColumn.setCellFactory(PlanWizardView::wrapping);
        statusColumn.setCellValueFactory(c -> c.getValue().statusProperty());
        detailColumn.setCellValueFactory(c -> c.getValue().detailProperty());
        overallBar.progressProperty().bind(vm.overallProperty());
        overallLabel.textProperty().bind(vm.overallTextProperty());
        stepLabel.textProperty().bind(vm.stepTextProperty());
        undoList.setItems(vm.undoLog());
        reportLabel.textProperty().bind(vm.reportProperty());
        runButton.disableProperty().bind(vm.canRunProperty().not());
        cancelButton.disableProperty().bind(vm.canCancelProperty().not());
        closeButton.disableProperty().bind(vm.stateProperty().isEqualTo(PlanWizardState.RUNNING)
                .or(vm.stateProperty().isEqualTo(PlanWizardState.CANCELLING)));
        saveButton.setDisable(!vm.canSave());
    }

    @FXML
    private void run() {
        if (vm.needsConfirmation()) {
            confirm.get().ifPresent(vm::run);
        } else {
            vm.run(null);
        }
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void save() {
        Path target = saveTarget.get();
        if (target != null) {
            try {
                vm.save(target);
            } catch (RuntimeException e) {
                failure.accept(e.getMessage());
            }
        }
    }

    @FXML
    private void close() {
        closer.run();
    }

    /** A cell that wraps its text to the column's width, so long names in a step stay readable. */
    private static javafx.scene.control.TableCell<PlanStepRow, String> wrapping(TableColumn<PlanStepRow, String> column) {
        return new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        };
    }
}
