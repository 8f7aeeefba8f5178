package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The topology in a real window, run under Xvfb by the ITs in a process of its own:
 * {@code stack SOCKET LABEL_VALUE PNG} draws the live inventory of the test engine narrowed to one
 * test stack and saves the picture; {@code pan PNG} draws 500 containers and pans across them,
 * printing the longest time between two frames; {@code events SOCKET COUNT} shows the whole live
 * inventory and measures how long a {@code docker stop} takes to reach a drawn frame ({@link EventToFrame}).
 */
public final class TopologyWindowRun {

    private TopologyWindowRun() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

        private final ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "topology-run");
            t.setDaemon(true);
            return t;
        });

        @Override
        public void start(Stage stage) throws Exception {
            Theme.apply(false);
            List<String> args = getParameters().getRaw();
            if (args.get(0).equals("stack")) {
                stack(stage, args.get(1), args.get(2), Path.of(args.get(3)));
            } else if (args.get(0).equals("events")) {
                new EventToFrame(stage, args.get(1), Integer.parseInt(args.get(2)), background).start();
            } else {
                pan(stage, Path.of(args.get(1)));
            }
        }

        private void stack(Stage stage, String socket, String runLabel, Path png) {
            background.execute(() -> {
                try {
                    Path home = Files.createTempDirectory("topology-run");
                    HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(
                            HostProfile.create("test-engine", new UnixSocketTransport(socket), null),
                            new ConnectOptions(CredentialPrompt.NONE, java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(15)));
                    HostInventory inventory = HostInventory.start(session, VolumeChoices.in(AppDirectories.from(Map.of(), home)),
                            InventoryOptions.defaults());
                    inventory.firstSnapshot().get(60, TimeUnit.SECONDS);
                    InventoryFeed feed = new LabelledOnly(inventory, "io.pilothouse.test.run", runLabel);
                    Platform.runLater(() -> showAndSave(stage, feed, png));
                } catch (Exception e) {
                    e.printStackTrace();
                    System.out.println("TOPOLOGY FAILED " + e);
                    Platform.exit();
                }
            });
        }

        private void showAndSave(Stage stage, InventoryFeed feed, Path png) {
            TopologyPane pane = TopologyPane.create(feed, background, Platform::runLater);
            Scene scene = new Scene(pane.node(), 1100, 720);
            scene.getStylesheets().add(ViewLoader.stylesheet());
            stage.setTitle("Pilothouse — topology");
            stage.setScene(scene);
            stage.show();
            pane.viewModel().pictureProperty().addListener((o, was, now) -> {
                if (!now.graph().nodes().isEmpty() && was.graph().nodes().isEmpty()) {
                    PauseTransition settle = new PauseTransition(Duration.millis(1500));
                    settle.setOnFinished(e -> {
                        pane.canvas().fit();
                        TopologyPicture shown = pane.viewModel().pictureProperty().get();
                        for (GraphNode n : shown.graph().nodes()) {
                            System.out.println("NODE " + n.kind() + " " + n.label() + " " + n.state() + " " + n.group().orElse("-"));
                        }
                        for (GraphEdge edge : shown.graph().edges()) {
                            System.out.println("EDGE " + edge.kind() + " " + label(shown, edge.source()) + " -> " + label(shown, edge.target()));
                        }
                        save(scene, png);
                        pane.dispose();
                        feed.close();
                        Platform.exit();
                    });
                    settle.play();
                }
            });
        }

        private static String label(TopologyPicture p, String id) {
            return p.graph().node(id).map(GraphNode::label).orElse(id);
        }

        private void pan(Stage stage, Path png) {
            HandFedInventory feed = new HandFedInventory(Shop.many(500));
            TopologyPane pane = TopologyPane.create(feed, background, Platform::runLater);
            Scene scene = new Scene(pane.node(), 1200, 800);
            scene.getStylesheets().add(ViewLoader.stylesheet());
            stage.setScene(scene);
            stage.show();
            pane.viewModel().pictureProperty().addListener((o, was, now) -> {
                if (!now.graph().nodes().isEmpty() && was.graph().nodes().isEmpty()) {
                    PauseTransition settle = new PauseTransition(Duration.millis(800));
                    settle.setOnFinished(e -> measure(pane, scene, png));
                    settle.play();
                }
            });
        }

        private void measure(TopologyPane pane, Scene scene, Path png) {
            TopologyCanvas canvas = pane.canvas();
            if (canvas.isMaking()) {
                // a large first picture is made over several frames: measure panning once it is all there
                PauseTransition more = new PauseTransition(Duration.millis(200));
                more.setOnFinished(e -> measure(pane, scene, png));
                more.play();
                return;
            }
            System.out.println("SHAPES " + canvas.shapeCount());
            canvas.fit();
            System.out.println("LOAD " + loadAverage());
            List<Long> fitted = new ArrayList<>();
            List<Long> close = new ArrayList<>();
            List<Long> settling = new ArrayList<>();
            // per scale: 30 frames that settle (every node's bitmap drawn anew at the new scale), then 180 frames measured
            new AnimationTimer() {
                long last;
                int frame;

                @Override
                public void handle(long now) {
                    long gap = last == 0 ? 0 : now - last;
                    last = now;
                    frame++;
                    if (frame >= 2 && frame <= 32 || frame >= 213 && frame <= 243) {
                        settling.add(gap);
                    } else if (frame > 32 && frame <= 212) {
                        fitted.add(gap);
                    } else if (frame > 243 && frame <= 423) {
                        close.add(gap);
                    }
                    if (frame == 2) {
                        save(scene, png.resolveSibling(png.getFileName().toString().replace(".png", "-fit.png")));
                    }
                    if (frame == 212) {
                        // at 100 %, centred on a container in the middle of the graph: a screen full of nodes
                        Box middle = pane.viewModel().pictureProperty().get().layout().nodes().get("container:c0255");
                        canvas.zoomAt(1.0 / canvas.scale(), 0, 0);
                        canvas.panBy(canvas.getWidth() / 2 - (canvas.offset().getX() + middle.centreX()),
                                canvas.getHeight() / 2 - (canvas.offset().getY() + middle.centreY()));
                    }
                    double step = (frame / 45) % 2 == 0 ? 9 : -9;
                    canvas.panBy(step, step / 2);
                    if (frame > 423) {
                        stop();
                        report("settling (30 frames after showing and after zooming)", settling);
                        report("fit", fitted);
                        report("100%", close);
                        System.out.println("LOAD " + loadAverage());
                        save(scene, png);
                        Platform.exit();
                    }
                }
            }.start();
        }

        private static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).strip() + " on " + Runtime.getRuntime().availableProcessors() + " cores";
            } catch (Exception e) {
                return "unknown";
            }
        }

        private static void report(String what, List<Long> gaps) {
            long[] ms = gaps.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
            System.out.printf("FRAMES %s frames=%d max=%d p95=%d median=%d ms%n", what, ms.length, ms[ms.length - 1],
                    ms[(int) (ms.length * 0.95)], ms[ms.length / 2]);
            List<String> slow = new ArrayList<>();
            for (int i = 0; i < gaps.size(); i++) {
                if (gaps.get(i) > 50_000_000L) {
                    slow.add("#" + i + "=" + gaps.get(i) / 1_000_000);
                }
            }
            System.out.println("SLOW " + what + " frames over 50 ms (frame number=ms): " + slow);
        }

        private static void save(Scene scene, Path png) {
            try {
                Files.createDirectories(png.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", png.toFile());
                System.out.println("SAVED " + png);
            } catch (Exception e) {
                System.out.println("TOPOLOGY FAILED to save " + png + ": " + e);
            }
        }

        @Override
        public void stop() {
            background.shutdownNow();
        }
    }
}
