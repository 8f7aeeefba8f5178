package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Dialogs;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the main window on a stage: its scene, its title, its dialogs, and closing. */
public final class MainWindow {

    private MainWindow() {
    }

    public static Scene open(Stage stage, MainWindowViewModel vm, ConfirmationRule guard) {
        LoadedView<MainWindowView> view = ViewLoader.load(MainWindowView.class, "MainWindow.fxml");
        view.controller().bind(vm, new Dialogs(() -> stage, guard));
        Scene scene = new Scene(view.root(), 1100, 700);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.shutdown());
        return scene;
    }
}
