package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.desktop.ui.Pictures;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real containers writing coloured lines (one also to stderr), merged in one log view in a real
 * window; the picture is kept in target/screenshots/logs.png.
 */
@ExtendWith(ApplicationExtension.class)
class LogScreenshotIT {

    static final TestEnv ENV = TestEnv.get();
    final String run = "pth-logs-" + UUID.randomUUID().toString().substring(0, 8);
    final List<String> containers = new ArrayList<>();
    HostSession session;
    LogPane pane;
    Stage stage;

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void cleanUp() {
        if (pane != null) {
            Platform.runLater(pane::dispose);
        }
        containers.forEach(c -> ENV.docker("rm", "-f", c));
        if (session != null) {
            session.close();
        }
    }

    LogSource container(String suffix, String script) {
        String name = run + "-" + suffix;
        containers.add(name);
        String id = ENV.docker("run", "-d", "--label", "io.pilothouse.test=true", "--name", name, ENV.image(), "sh", "-c", script);
        return LogSource.container(id, name);
    }

    @Test
    void twoContainersMergedWithColouredTagsAndAnsiColours(FxRobot robot) throws Exception {
        LogSource web = container("web", "i=0; while [ $i -lt 60 ]; do i=$((i+1)); "
                + "printf '\\033[32mGET\\033[0m /api/orders/%d \\033[1m200\\033[0m %dms\\n' $i $((i*7%50)); "
                + "[ $((i%9)) -eq 0 ] && printf '\\033[33mWARN\\033[0m slow upstream for order %d\\n' $i; sleep 0.05; done; sleep 3600");
        LogSource worker = container("worker", "i=0; while [ $i -lt 40 ]; do i=$((i+1)); echo \"job $i picked up\"; "
                + "[ $((i%6)) -eq 0 ] && printf '\\033[31mERROR\\033[0m job %d failed: connection refused\\n' $i >&2; sleep 0.08; done; sleep 3600");
        HostProfile p = HostProfile.create(run, new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)));
        List<LogSource> sources = List.of(web, worker);
        robot.interact(() -> {
            pane = LogPane.create(sources, new EngineLogPort(sources, () -> session), LogBuffer.DEFAULT_CAPACITY,
                    command -> new Thread(command).start(), Platform::runLater);
            Scene scene = new Scene(pane.node(), 1200, 700);
            scene.getStylesheets().add(ViewLoader.stylesheet());
            stage.setScene(scene);
            stage.show();
            pane.start();
        });
        LogCanvas list = robot.lookup("#logLines").queryAs(LogCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.rows().size() >= 112);
        List<LogLine> lines = pane.viewModel().buffer().lines(0, Long.MAX_VALUE);
        assertThat(lines).extracting(LogLine::source).contains(web, worker);
        assertThat(lines).anyMatch(l -> l.stream() == LogStream.STDERR && l.text().contains("ERROR"));
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).epochNanos()).isGreaterThanOrEqualTo(lines.get(i - 1).epochNanos());
        }
        robot.clickOn("#logTimestamps");
        robot.clickOn("#logSearch").write("WARN");
        robot.clickOn("#logNext");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        BufferedImage image = Pictures.save(list.getScene(), "logs");
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(list.drawnRuns()).as("tags and the match are drawn")
                .anyMatch(r -> r.kind() == RunKind.TAG)
                .anyMatch(r -> r.match() && r.text().equalsIgnoreCase("WARN"));
    }
}
