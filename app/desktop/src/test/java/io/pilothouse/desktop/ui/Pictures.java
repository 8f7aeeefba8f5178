package io.pilothouse.desktop.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pictures of scenes under target/screenshots, to look at what a test saw. */
public final class Pictures {

    private Pictures() {
    }

    public static BufferedImage save(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null)).get();
        ImageIO.write(image, "png", file.toFile());
        return image;
    }
}
