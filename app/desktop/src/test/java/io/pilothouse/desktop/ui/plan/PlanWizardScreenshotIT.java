package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan wizard in a real window under Xvfb, mid-run on the real engine (a container stopped, its
 * /bin being read); then cancelled, and the container runs again. The picture is kept in
 * target/screenshots/plan-wizard.png.
 */
class PlanWizardScreenshotIT {

    static final TestEnv ENV = TestEnv.get();
    final String container = "pth-ops-wiz-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir Path scratch;

    @AfterEach
    void cleanUp() {
        ENV.docker("rm", "-f", container);
    }

    @Test
    void the_wizard_mid_run_shows_the_steps_the_progress_and_after_cancel_the_container_runs() throws Exception {
        ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", container, ENV.image(), "sleep", "3600");
        Path shots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(shots);
        Path png = shots.resolve("plan-wizard.png");
        Files.deleteIfExists(shots.resolve("plan-wizard-cancelled.png"));
        Path log = shots.resolve("plan-wizard.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path");
        Process p = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dfile.encoding=UTF-8",
                "-cp", cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path"),
                PlanWizardWindowRun.class.getName(), ENV.dockerSock(), container, png.toString(), scratch.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        String out = Files.readString(log);
        assertThat(ended).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        assertThat(out).contains("PROGRESS ", "· step 2 of 3", "left", "STEP 2. Read /bin of " + container,
                "KiB/s", "OUTCOME CANCELLED_UNDONE", "Undone: Stop container " + container);
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", container)).isEqualTo("true");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isGreaterThan(500);
        assertThat(ImageIO.read(shots.resolve("plan-wizard-cancelled.png").toFile()).getWidth()).isEqualTo(900);
    }
}
