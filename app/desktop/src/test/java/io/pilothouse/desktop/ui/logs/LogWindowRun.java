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
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The log view in a real window (run under Xvfb by scripts/bench logs): follows a container for
 * some seconds, then scrolls a page per frame from the bottom to the top, and prints the longest
 * time between two frames in each phase ("FRAMES follow max=..", "FRAMES scroll max=.."), and the
 * garbage collector's pauses in each ("GC follow pauses=.. max=.. ms"), to tell a pause from slow drawing;
 * cpu_max is the most processor time the JavaFX and render threads spent on one frame, which a busy
 * machine does not inflate as it does the time between frames.
 * Arguments: docker socket, container id, seconds to follow.
 */
public final class LogWindowRun {

    public static void main(String[] args) throws Exception {
        String sock = args[0];
        String id = args[1];
        int seconds = Integer.parseInt(args[2]);
        HostProfile p = HostProfile.create("bench", new UnixSocketTransport(sock), Environment.DEVELOPMENT);
        HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), Files.createTempDirectory("logwin")))
                .connect(p, new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)));
        List<LogSource> sources = List.of(LogSource.container(id, "follow"));
        CountDownLatch over = new CountDownLatch(1);
        GcPauses pauses = GcPauses.watch();
        Platform.startup(() -> {
            Theme.apply(false);
            LogPane pane = LogPane.create(sources, new EngineLogPort(sources, () -> session), LogBuffer.DEFAULT_CAPACITY,
                    Executors.newCachedThreadPool(), Platform::runLater);
            Stage stage = new Stage();
            Scene scene = new Scene(pane.node(), 1200, 800);
            scene.getStylesheets().add(ViewLoader.stylesheet());
            stage.setScene(scene);
            stage.show();
            pane.start();
            LogCanvas list = (LogCanvas) scene.lookup("#logLines");
            new AnimationTimer() {
                final long start = System.nanoTime();
                long last;
                long followMax;
                long scrollMax;
                int followFrames;
                int scrollFrames;
                int row = -1;
                final List<Long> warm = new ArrayList<>();
                final FrameWork work = new FrameWork();
                long followWork;
                long scrollWork;

                @Override
                public void handle(long now) {
                    long gap = last == 0 ? 0 : (now - last) / 1_000_000;
                    long cpu = work.sinceLastFrame();
                    if (cpu > 50) {
                        System.out.printf("SLOW frame at %.1f s: %d ms since the last, %d ms of processor time%n",
                                (now - start) / 1e9, gap, cpu);
                    }
                    last = now;
                    double t = (now - start) / 1e9;
                    if (t < 2) {
                        warm.add(gap);
                        return;
                    }
                    if (t < seconds) {
                        if (followFrames == 0) {
                            pauses.phase("follow");
                        }
                        followMax = Math.max(followMax, gap);
                        followWork = Math.max(followWork, cpu);
                        followFrames++;
                        return;
                    }
                    if (row < 0) {
                        pane.viewModel().followProperty().set(false);
                        pane.viewModel().pausedProperty().set(true);
                        row = list.rows().size() - 1;
                        System.out.printf("LINES %d%n", list.rows().size());
                        return;
                    }
                    if (row > 0) {
                        if (scrollFrames == 0) {
                            pauses.phase("scroll");
                        }
                        scrollMax = Math.max(scrollMax, gap);
                        scrollWork = Math.max(scrollWork, cpu);
                        scrollFrames++;
                        row = row > 200_000 ? row / 2 : Math.max(0, row - 2_000);
                        list.scrollTo(row);
                        return;
                    }
                    System.out.printf("FRAMES follow frames=%d max=%d ms cpu_max=%d ms%n", followFrames, followMax, followWork);
                    System.out.printf("FRAMES scroll frames=%d max=%d ms cpu_max=%d ms%n", scrollFrames, scrollMax, scrollWork);
                    pauses.phase("");
                    pauses.print();
                    stop();
                    pane.dispose();
                    over.countDown();
                }
            }.start();
        });
        over.await();
        session.close();
        Platform.exit();
        System.exit(0);
    }
}
