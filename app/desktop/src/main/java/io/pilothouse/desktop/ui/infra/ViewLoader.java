package io.pilothouse.desktop.ui.infra;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** Loads a view's FXML, which lives beside its controller's package path in ui-fxml. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static <C> LoadedView<C> load(Class<C> controllerType, String fxmlName) {
        URL url = controllerType.getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("The view " + fxmlName + " is missing beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("The view " + url + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** The application style sheet, for scenes and dialogs. */
    public static String stylesheet() {
        return ViewLoader.class.getResource("/io/pilothouse/desktop/ui/app.css").toExternalForm();
    }
}
