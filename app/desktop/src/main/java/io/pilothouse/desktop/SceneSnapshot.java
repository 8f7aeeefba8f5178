package io.pilothouse.desktop;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A picture of the main window for the docs and the screenshot test: with
 * {@code -Dpilothouse.snapshot=<file.png>} the scene is saved as PNG after
 * {@code pilothouse.snapshot.delay} ms (default 5000), then the app quits;
 * {@code -Dpilothouse.snapshot.tab=<tab id>} (topologyTab, inventoryTab, detailsTab) shows that tab first.
 */
record SceneSnapshot(Path file, long delayMillis, Optional<String> tab) {

    static Optional<SceneSnapshot> requested() {
        String file = System.getProperty("pilothouse.snapshot");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SceneSnapshot(Path.of(file), Long.getLong("pilothouse.snapshot.delay", 5000),
                Optional.ofNullable(System.getProperty("pilothouse.snapshot.tab")).filter(t -> !t.isBlank())));
    }

    void schedule(Scene scene) {
        tab.ifPresent(id -> {
            if (scene.lookup("#workspaceTabs") instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        });
        PauseTransition wait = new PauseTransition(Duration.millis(delayMillis));
        wait.setOnFinished(e -> {
            try {
                write(scene.snapshot(null));
                System.out.println("Pilothouse: snapshot written to " + file);
            } catch (IOException | RuntimeException ex) {
                System.err.println("Pilothouse: the snapshot could not be written to " + file + ": " + ex.getMessage());
            }
            Platform.exit();
        });
        wait.play();
    }

    private void write(WritableImage image) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
