package io.pilothouse.desktop;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory and the details of real containers on the test engine, in real windows under Xvfb:
 * saves target/screenshots/inventory.png and details.png.
 */
class InventoryScreensIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    final String suffix = Long.toHexString(System.nanoTime() & 0xffffffL);
    final String web = "itshop-web-" + suffix;
    final String db = "itshop-db-" + suffix;
    final String volume = "itshop-data-" + suffix;

    @AfterEach
    void removeTestObjects() {
        TestEnv env = TestEnv.get();
        for (String name : List.of(web, db)) {
            try { env.docker("rm", "-f", "-v", name); } catch (RuntimeException ignored) { }
        }
        try { env.docker("volume", "rm", "-f", volume); } catch (RuntimeException ignored) { }
    }

    @Test
    void theInventoryAndTheDetailsOfARealContainer() throws Exception {
        TestEnv env = TestEnv.get();
        String image = env.image();
        env.docker("volume", "create", "--label", "io.pilothouse.test=true", volume);
        env.docker("run", "-d", "--name", web, "--label", "io.pilothouse.test=true",
                "--label", "com.docker.compose.project=itshop-" + suffix, "--label", "com.docker.compose.service=web",
                "--label", "com.example.api-token=t0k3n",
                "-e", "DB_PASSWORD=hunter2", "-e", "TZ=UTC", "-e", "DATABASE_URL=postgres://app:s3cret@db/app",
                "-v", volume + ":/data", "-p", "127.0.0.1::8080", "--restart", "unless-stopped",
                "--health-cmd", "true", "--health-interval", "2s",
                image, "sh", "-c", "while true; do seq 1 3000 > /dev/null; dd if=/dev/zero of=/dev/null bs=64k count=200 2>/dev/null; sleep 0.3; done");
        env.docker("run", "-d", "--name", db, "--label", "io.pilothouse.test=true",
                "--label", "com.docker.compose.project=itshop-" + suffix, "--label", "com.docker.compose.service=db",
                image, "sh", "-c", "exit 3");

        Files.createDirectories(SCREENSHOTS);
        Path inventory = SCREENSHOTS.resolve("inventory.png");
        Path details = SCREENSHOTS.resolve("details.png");
        Files.deleteIfExists(inventory);
        Files.deleteIfExists(details);
        Path log = SCREENSHOTS.resolve("inventory-screens.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-cp", MainWindowScreenshotIT.testClassPath(),
                InventoryScreens.class.getName(), env.dockerSock(), web, SCREENSHOTS.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = app.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
        }
        String output = Files.readString(log);
        assertThat(ended).as("the screens end; output:\n%s", output).isTrue();
        assertThat(app.exitValue()).as("exit status; output:\n%s", output).isZero();
        assertThat(output).contains("wrote " + inventory, "wrote " + details);
        assertThat(output).as("the details read the inspect and the stats stream").containsPattern("samples=[1-9]\\d* lines=\\d+ json=\\d{3,}");

        for (Path shot : List.of(inventory, details)) {
            BufferedImage picture = ImageIO.read(shot.toFile());
            assertThat(picture).as("a PNG at %s", shot).isNotNull();
            assertThat(picture.getWidth()).isGreaterThanOrEqualTo(1000);
            assertThat(MainWindowScreenshotIT.distinctColours(picture)).as("colours in %s", shot).isGreaterThan(30);
        }
    }
}
