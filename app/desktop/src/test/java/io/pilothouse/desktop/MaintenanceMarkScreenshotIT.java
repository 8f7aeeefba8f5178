package io.pilothouse.desktop;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.terminal.LockRequest;
import io.pilothouse.core.terminal.MaintenanceLock;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container of the test engine with maintenance locks held by another process (this test, as the
 * CLI would): the app's inventory and topology, in a real window under Xvfb, mark it with who and
 * since when. Saves target/screenshots/maintenance-marks.png and maintenance-tooltip.png.
 */
class MaintenanceMarkScreenshotIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    final TestEnv env = TestEnv.get();
    final String name = "mnt-shot-" + Long.toHexString(System.nanoTime() & 0xffffffL);

    @TempDir
    Path home;

    @AfterEach
    void removeTestObjects() {
        try {
            env.docker("rm", "-f", "-v", name);
        } catch (RuntimeException ignored) {
            // gone already
        }
    }

    @Test
    void aContainerHeldFromOutsideTheAppIsMarkedInTheInventoryAndTheTopology() throws Exception {
        env.docker("run", "-d", "--name", name, "--label", "io.pilothouse.test=true",
                "--label", "com.docker.compose.project=mntshop", "--label", "com.docker.compose.service=db",
                env.image(), "sh", "-c", "mkdir -p /app/data && touch /app/data/main.pid && exec sleep 3600");
        HostProfile host = HostProfile.create("mnt-engine", new UnixSocketTransport(env.dockerSock()), Environment.STAGING);
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(10), Duration.ofSeconds(30)))) {
            MaintenanceLock lock = null;
            for (int i = 0; lock == null; i++) {
                try {
                    lock = MaintenanceLock.acquire(session.docker(), new LockRequest(name, List.of("/app/data/main.pid"),
                            "dana@ops-laptop", Duration.ofSeconds(30)), "mnt-shot", "PILOTHOUSE_SESSION=mnt-shot",
                            Duration.ofSeconds(20));
                } catch (RuntimeException notYet) {
                    if (i > 20) {
                        throw notYet;
                    }
                    Thread.sleep(250);
                }
            }
            try {
                String output = runScreens();
                assertThat(output).contains("ROW " + name + " Under maintenance by dana@ops-laptop since ")
                        .contains("(/app/data/main.pid)")
                        .contains("BADGE " + name + " true")
                        .contains("TOOLTIP Under maintenance by dana@ops-laptop");
            } finally {
                assertThat(lock.close().ended()).isTrue();
            }
        }
        BufferedImage picture = ImageIO.read(SCREENSHOTS.resolve("maintenance-marks.png").toFile());
        assertThat(picture.getWidth()).isEqualTo(1280);
        assertThat(amberPixels(picture)).as("the badge and the marked cell are drawn").isGreaterThan(200);
    }

    private String runScreens() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("maintenance-marks.png"));
        Path log = SCREENSHOTS.resolve("maintenance-marks.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x900x24",
                java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dfile.encoding=UTF-8",
                "-cp", MainWindowScreenshotIT.testClassPath(),
                MaintenanceMarkScreens.class.getName(), env.dockerSock(), name, SCREENSHOTS.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = app.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
        }
        String output = Files.readString(log);
        assertThat(ended).as("the screens end; output:\n%s", output).isTrue();
        assertThat(app.exitValue()).as("exit status; output:\n%s", output).isZero();
        return output;
    }

    /** Pixels in the badge's amber (#ffb300) or the marked cell's (#fff3c4). */
    static int amberPixels(BufferedImage image) {
        int badge = 0xffffb300;
        int cell = 0xfffff3c4;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb == badge || rgb == cell) {
                    n++;
                }
            }
        }
        return n;
    }
}
