package io.pilothouse.desktop.ui;

import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every FXML file under ui-fxml loads, names a controller, and fills each of the controller's @FXML fields. */
@ExtendWith(ApplicationExtension.class)
class FxmlControllersUiTest {

    static final Path UI_FXML = Path.of("../../ui-fxml");

    @Start
    void start(Stage stage) {
        // the toolkit is all these views need
    }

    static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(UI_FXML)) {
            return files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
    }

    @Test
    void everyViewInjectsAllItsFields(FxRobot robot) throws Exception {
        List<Path> files = fxmlFiles();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("MainWindow.fxml", "HostEditor.fxml", "ProductionGuard.fxml");
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String resource = "/" + UI_FXML.relativize(file).toString().replace('\\', '/');
            FXMLLoader loader = new FXMLLoader(getClass().getResource(resource));
            robot.interact(() -> {
                try {
                    loader.load();
                } catch (IOException e) {
                    problems.add(resource + " does not load: " + e.getMessage());
                }
            });
            Object controller = loader.getController();
            if (controller == null) {
                problems.add(resource + " names no controller");
                continue;
            }
            for (Field field : controller.getClass().getDeclaredFields()) {
                if (field.isAnnotationPresent(FXML.class)) {
                    field.setAccessible(true);
                    if (field.get(controller) == null) {
                        problems.add(resource + ": " + field.getName() + " is not injected");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
