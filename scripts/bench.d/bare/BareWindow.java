import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The yardstick of scripts/bench startup: a JavaFX window with one label. With
 * PILOTHOUSE_STARTUP_MARKER=<file> it appends window_ms=<epoch ms> once its first frame is on the
 * screen, found exactly as the app finds its own first usable frame (FramePainted): at the second
 * pulse after the stage is shown, a one-pixel snapshot, which the renderer draws after the frames
 * handed to it before.
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new Label("A bare JavaFX window"), 1100, 700));
            stage.show();
            String marker = System.getenv("PILOTHOUSE_STARTUP_MARKER");
            if (marker == null || marker.isBlank()) {
                return;
            }
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
                        try {
                            Files.writeString(Path.of(marker), "window_ms=" + System.currentTimeMillis() + "\n",
                                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        } catch (IOException e) {
                            System.err.println("marker: " + e.getMessage());
                        }
                    }
                }
            }.start();
        }
    }
}
