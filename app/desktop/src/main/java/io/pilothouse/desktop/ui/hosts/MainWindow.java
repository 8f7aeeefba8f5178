package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Dialogs;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.scene.Scene;
import io.pilothouse.desktop.ui.workspace.HostWorkspaces;
import javafx.stage.Stage;

/** Puts the main window on a stage: its scene, its title, its dialogs, and closing. */
public final class MainWindow {

    private MainWindow() {
    }

    public static Scene open(Stage stage, MainWindowViewModel vm, ConfirmationRule guard) {
        return open(stage, vm, guard, HostWorkspaces.NONE);
    }

    public static Scene open(Stage stage, MainWindowViewModel vm, ConfirmationRule guard, HostWorkspaces workspaces) {
        return load(stage, vm, guard, workspaces).root().getScene();
    }

    /** Loads the window onto the stage; the controller is returned for the wiring that needs it. */
    public static LoadedView<MainWindowView> load(Stage stage, MainWindowViewModel vm, ConfirmationRule guard,
                                                  HostWorkspaces workspaces) {
        LoadedView<MainWindowView> view = ViewLoader.load(MainWindowView.class, "MainWindow.fxml");
        view.controller().bind(vm, new Dialogs(() -> stage, guard), workspaces);
        Scene scene = new Scene(view.root(), 1100, 700);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.shutdown());
        return view;
    }
}
