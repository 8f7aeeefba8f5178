package io.pilothouse.desktop;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real application in its own process under Xvfb, on a first start (empty config and
 * data folders) with DOCKER_HOST naming the test engine, and keeps the picture of its main window
 * in target/screenshots/main-window.png.
 */
class MainWindowScreenshotIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @Test
    void theRealAppShowsItsMainWindowOnAFirstStart(@TempDir Path tmp) throws Exception {
        String socket = TestEnv.get().dockerSock();
        assertThat(Path.of(socket)).as("the test engine's socket").exists();
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("main-window.png");
        Path log = SCREENSHOTS.resolve("main-window.log");
        Files.deleteIfExists(shot);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-Dpilothouse.snapshot=" + shot, "-Dpilothouse.snapshot.delay=6000",
                "-cp", testClassPath(), "io.pilothouse.desktop.Launcher"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", Files.createDirectories(tmp.resolve("config")).toString());
        env.put("XDG_DATA_HOME", Files.createDirectories(tmp.resolve("data")).toString());
        env.put("DOCKER_HOST", "unix://" + socket);
        env.remove("DOCKER_TLS_VERIFY");
        env.remove("DOCKER_CERT_PATH");
        env.remove("DOCKER_CONTEXT");
        Process app = pb.start();
        boolean ended = app.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
        }
        String output = Files.readString(log);
        assertThat(ended).as("the app quits after its snapshot; output:\n%s", output).isTrue();
        assertThat(app.exitValue()).as("exit status; output:\n%s", output).isZero();
        assertThat(output).contains("Pilothouse: snapshot written to " + shot);

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("a PNG at %s", shot).isNotNull();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(500);
        assertThat(distinctColours(image)).as("colours in the picture (a blank one has one or two)").isGreaterThan(50);
    }

    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
