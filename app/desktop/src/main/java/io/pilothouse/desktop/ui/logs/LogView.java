package io.pilothouse.desktop.ui.logs;

import javafx.animation.AnimationTimer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

import java.io.File;

/** The log pane's controller: binds the controls to a {@link LogViewModel} and drains it once per frame. */
public final class LogView {

    @FXML ToggleButton followToggle;
    @FXML ToggleButton pauseToggle;
    @FXML CheckBox timestampsCheck;
    @FXML CheckBox wrapCheck;
    @FXML TextField tailField;
    @FXML TextField sinceField;
    @FXML Button reloadButton;
    @FXML Button clearButton;
    @FXML Button copyButton;
    @FXML Button saveButton;
    @FXML Button downloadButton;
    @FXML TextField searchField;
    @FXML CheckBox regexCheck;
    @FXML CheckBox caseCheck;
    @FXML CheckBox filterCheck;
    @FXML Button previousButton;
    @FXML Button nextButton;
    @FXML TextField jumpField;
    @FXML Label problemLabel;
    @FXML LogCanvas lines;
    @FXML Label statusLabel;
    @FXML Label noticeLabel;
    @FXML Label progressLabel;
    @FXML ProgressBar progressBar;
    @FXML Button cancelButton;

    private LogViewModel vm;
    private AnimationTimer drain;

    void bind(LogViewModel model) {
        this.vm = model;
        followToggle.selectedProperty().bindBidirectional(vm.followProperty());
        pauseToggle.selectedProperty().bindBidirectional(vm.pausedProperty());
        timestampsCheck.selectedProperty().bindBidirectional(vm.timestampsProperty());
        wrapCheck.selectedProperty().bindBidirectional(vm.wrapProperty());
        tailField.textProperty().bindBidirectional(vm.tailProperty());
        sinceField.textProperty().bindBidirectional(vm.sinceProperty());
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        regexCheck.selectedProperty().bindBidirectional(vm.regexProperty());
        caseCheck.selectedProperty().bindBidirectional(vm.caseSensitiveProperty());
        filterCheck.selectedProperty().bindBidirectional(vm.filterOnlyProperty());
        jumpField.textProperty().bindBidirectional(vm.jumpToProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        progressLabel.textProperty().bind(vm.progressTextProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.transferringProperty());
        cancelButton.visibleProperty().bind(vm.transferringProperty());
        saveButton.disableProperty().bind(vm.transferringProperty());
        downloadButton.disableProperty().bind(vm.transferringProperty());

        lines.setRunsOf(line -> LineRuns.of(line, vm.timestampsProperty().get(), vm.tagWidth(), vm.highlightProperty().get()));
        lines.setTagColour(vm::colourOf);
        lines.setRows(vm.rowsProperty().get());
        vm.rowsProperty().addListener((javafx.beans.Observable o) -> lines.setRows(vm.rowsProperty().get()));
        lines.setWrap(vm.wrapProperty().get());
        vm.wrapProperty().addListener((o, a, b) -> lines.setWrap(b));
        vm.timestampsProperty().addListener((o, a, b) -> lines.refresh());
        vm.highlightProperty().addListener((o, a, b) -> lines.refresh());
        vm.selectedRowProperty().addListener((o, a, b) -> {
            int row = b.intValue();
            if (row >= 0) {
                lines.select(row);
                lines.scrollTo(Math.max(0, row - 5));
            }
        });
        lines.selectedRowProperty().addListener((o, a, b) -> vm.selectionMoved(b.intValue()));
        lines.setOnScrolledAway(() -> vm.followProperty().set(false));
        vm.followProperty().addListener((o, a, b) -> {
            if (b) {
                lines.scrollToEnd();
            }
        });
        lines.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy();
                e.consume();
            }
        });
        drain = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                // new lines are taken in at most every 30 ms; the canvas draws what changed, once a frame
                if (now - last >= 30_000_000L) {
                    last = now;
                    vm.refresh();
                    lines.rowsChanged();
                    if (vm.followProperty().get() && !vm.pausedProperty().get()) {
                        lines.scrollToEnd();
                    }
                }
                lines.paintIfDirty();
            }
        };
        drain.start();
    }

    void stop() {
        if (drain != null) {
            drain.stop();
        }
    }

    @FXML void reload() { vm.start(); }
    @FXML void clear() { vm.clear(); }
    @FXML void next() { vm.findNext(); }
    @FXML void previous() { vm.findPrevious(); }
    @FXML void jump() { vm.jump(); }
    @FXML void cancelTransfer() { vm.cancelTransfer(); }

    @FXML
    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.copyText(lines.selectedLines()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    void save() {
        File f = chooser("Save the loaded lines").showSaveDialog(lines.getScene().getWindow());
        if (f != null) {
            vm.save(f.toPath());
        }
    }

    @FXML
    void download() {
        File f = chooser("Download the whole log").showSaveDialog(lines.getScene().getWindow());
        if (f != null) {
            vm.download(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName("container.log");
        return c;
    }
}
