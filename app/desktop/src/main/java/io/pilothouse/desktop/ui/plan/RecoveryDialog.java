package io.pilothouse.desktop.ui.plan;

import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** At start, when the journal holds unfinished plans: what they changed, "Take it back" or "Later". */
public final class RecoveryDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public RecoveryDialog(Window owner, RecoveryViewModel vm) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Unfinished plans");
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        Label heading = new Label(vm.heading());
        heading.setWrapText(true);
        ListView<String> list = new ListView<>(vm.plans());
        list.setId("recoveryPlans");
        list.setPrefSize(620, 140);
        Label report = new Label();
        report.setId("recoveryReport");
        report.setWrapText(true);
        report.textProperty().bind(vm.reportProperty());
        VBox content = new VBox(10, heading, list, report);
        content.setPadding(new Insets(12, 16, 4, 16));
        dialog.getDialogPane().setContent(content);
        ButtonType takeBack = new ButtonType("Take it back", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(takeBack, later);
        Button take = (Button) dialog.getDialogPane().lookupButton(takeBack);
        take.setId("recoveryTakeBack");
        take.disableProperty().bind(vm.busyProperty().or(vm.doneProperty()));
        // the dialog stays open while the undo runs, then shows what was done
        take.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.takeBack();
        });
        Button laterButton = (Button) dialog.getDialogPane().lookupButton(later);
        laterButton.setId("recoveryLater");
        laterButton.disableProperty().bind(vm.busyProperty());
        vm.doneProperty().addListener((o, was, is) -> {
            if (is) {
                laterButton.setText("Close");
            }
        });
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    public void show() {
        dialog.show();
    }
}
