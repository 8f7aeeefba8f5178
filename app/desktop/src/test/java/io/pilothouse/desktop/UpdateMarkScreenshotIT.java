package io.pilothouse.desktop;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Containers of the test engine whose tag was pushed again to the test registry, one that runs the
 * image the tag points to, and one whose tag was deleted from the registry: the inventory and the
 * topology, in a real window under Xvfb, after a check. Saves target/screenshots/update-marks.png and
 * update-tooltip.png.
 */
class UpdateMarkScreenshotIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    final TestEnv env = TestEnv.get();
    final String run = "phub-" + UUID.randomUUID().toString().substring(0, 6);
    final List<String> containers = new ArrayList<>();
    final List<String> images = new ArrayList<>();
    final List<String> manifests = new ArrayList<>();

    @TempDir
    Path home;

    @AfterEach
    void removeTestObjects() {
        containers.forEach(c -> quietly("rm", "-f", "-v", c));
        images.forEach(i -> quietly("rmi", "-f", i));
        manifests.forEach(this::deleteManifest);
    }

    @Test
    void aNewerImageIsMarkedInTheInventoryAndBadgedInTheTopology() throws Exception {
        String web = env.registry() + "/" + run + "/web:1";
        String db = env.registry() + "/" + run + "/db:1";
        build(web, "1");
        push(web);
        build(db, "1");
        push(db);
        container("web-1", "web", web);
        container("db-1", "db", db);
        build(web, "2");
        push(web);
        container("api-1", "api", web);
        deleteManifest(manifests.get(1));

        String output = runScreens();

        assertThat(output).contains("MARK " + run + "-web-1 UPDATE_AVAILABLE newer image")
                .contains("MARK " + run + "-api-1 CURRENT")
                .contains("MARK " + run + "-db-1 COULD_NOT_CHECK could not check")
                .contains("STATUS 1 newer image, 1 could not be checked")
                .contains("BADGE " + run + "-web-1 true")
                .contains("TOOLTIP A newer image is in the registry for " + web);
        BufferedImage picture = ImageIO.read(SCREENSHOTS.resolve("update-marks.png").toFile());
        assertThat(picture.getWidth()).isEqualTo(1280);
        // only pixels the ring (and its arrow) cover fully have its exact colour; how many depends on
        // where the ring falls on the pixel grid, which other containers on the engine move (30 and 58
        // seen); without the badge there are none
        assertThat(ringPixels(picture)).as("the badge's ring is drawn").isGreaterThan(10);
    }

    private String runScreens() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.deleteIfExists(SCREENSHOTS.resolve("update-marks.png"));
        Path log = SCREENSHOTS.resolve("update-marks.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x900x24",
                java, "-Dprism.order=sw", "-Dsun.stdout.encoding=UTF-8", "-Dfile.encoding=UTF-8",
                "-cp", MainWindowScreenshotIT.testClassPath(),
                UpdateMarkScreens.class.getName(), env.dockerSock(), run, SCREENSHOTS.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = app.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
        }
        String output = Files.readString(log);
        assertThat(ended).as("the screens end; output:\n%s", output).isTrue();
        assertThat(app.exitValue()).as("exit status; output:\n%s", output).isZero();
        return output;
    }

    private void build(String ref, String version) throws Exception {
        Path dir = Files.createDirectories(home.resolve("build-" + UUID.randomUUID()));
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + env.image() + "\nLABEL io.pilothouse.test=true phub.version="
                + version + " phub.ref=" + ref + "\n");
        env.docker("build", "-q", "-t", ref, dir.toString());
        images.add(env.docker("image", "inspect", "-f", "{{.Id}}", ref));
    }

    private void push(String ref) {
        env.docker("push", ref);
        String digest = env.docker("image", "inspect", "-f", "{{index .RepoDigests 0}}", ref).replaceFirst(".*@", "");
        String path = ref.substring(env.registry().length() + 1, ref.lastIndexOf(':'));
        manifests.add("http://" + env.registry() + "/v2/" + path + "/manifests/" + digest);
    }

    private void container(String suffix, String service, String ref) {
        String name = run + "-" + suffix;
        containers.add(name);
        env.docker("run", "-d", "--name", name, "--label", "io.pilothouse.test=true",
                "--label", "com.docker.compose.project=" + run, "--label", "com.docker.compose.service=" + service,
                ref, "sleep", "3600");
    }

    private void deleteManifest(String url) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception ignored) {
            // the registry keeps it; it is labelled as a test image
        }
    }

    private void quietly(String... args) {
        try {
            env.docker(args);
        } catch (RuntimeException ignored) {
            // gone already
        }
    }

    /** Pixels in the badge's ring colour (#1b5e20). */
    static int ringPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == 0xff1b5e20) {
                    n++;
                }
            }
        }
        return n;
    }
}
