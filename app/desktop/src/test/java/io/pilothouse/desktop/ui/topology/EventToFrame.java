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
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The view half of scripts/bench topology: the live inventory of the test engine drawn in a real
 * window; COUNT running bench containers are stopped one by one with the docker CLI and, for each,
 * the time from the engine's FinishedAt to the first frame drawn after the canvas got the picture
 * showing it exited is taken. Prints {@code view_p50_ms=.. view_p95_ms=.. max_frame_ms=..} (the
 * longest gap between two frames while the events came in).
 */
final class EventToFrame {

    private final Stage stage;
    private final String socket;
    private final int count;
    private final ExecutorService background;
    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final Map<String, Long> drawn = new ConcurrentHashMap<>();
    private volatile long maxGap;
    private volatile boolean measuring;

    EventToFrame(Stage stage, String socket, int count, ExecutorService background) {
        this.stage = stage;
        this.socket = socket;
        this.count = count;
        this.background = background;
    }

    void start() {
        background.execute(() -> {
            try {
                Path home = Files.createTempDirectory("topology-events");
                AppDirectories dirs = AppDirectories.from(Map.of(), home);
                HostSession session = new ConnectionFactory(dirs).connect(
                        HostProfile.create("bench", new UnixSocketTransport(socket), null),
                        new ConnectOptions(CredentialPrompt.NONE, java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(30)));
                HostInventory inventory = HostInventory.start(session, VolumeChoices.in(dirs), InventoryOptions.defaults());
                inventory.firstSnapshot().get(120, TimeUnit.SECONDS);
                Platform.runLater(() -> show(inventory));
            } catch (Exception e) {
                e.printStackTrace();
                System.out.println("TOPOLOGY FAILED " + e);
                Platform.exit();
            }
        });
    }

    private void show(HostInventory inventory) {
        TopologyPane pane = TopologyPane.create(inventory, background, Platform::runLater);
        Scene scene = new Scene(pane.node(), 1200, 800);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
        // registered after the view's own listener: by the time it runs, the canvas has the picture
        pane.viewModel().pictureProperty().addListener((o, was, now) -> {
            long t = System.nanoTime();
            for (GraphNode n : now.graph().nodes()) {
                if (n.kind() == NodeKind.CONTAINER && n.state() == NodeState.EXITED) {
                    applied.putIfAbsent(n.targetId(), t);
                }
            }
        });
        new AnimationTimer() {
            long last;

            @Override
            public void handle(long now) {
                if (measuring && last != 0) {
                    maxGap = Math.max(maxGap, now - last);
                }
                last = now;
                long wall = epochNanos();
                for (String id : applied.keySet()) {
                    drawn.putIfAbsent(id, wall);
                }
            }
        }.start();
        settleThenMeasure(pane, inventory);
    }

    /** Waits 1.5 s, and on until the first picture is laid out and all its shapes are made, then measures. */
    private void settleThenMeasure(TopologyPane pane, HostInventory inventory) {
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        settle.setOnFinished(e -> {
            if (pane.viewModel().pictureProperty().get().graph().nodes().isEmpty() || pane.canvas().isMaking()) {
                settleThenMeasure(pane, inventory);
            } else {
                background.execute(() -> measure(inventory));
            }
        });
        settle.play();
    }

    private void measure(HostInventory inventory) {
        try {
            List<ContainerInfo> running = inventory.current().containers().values().stream()
                    .filter(c -> "topology".equals(c.labels().get("io.pilothouse.bench")))
                    .filter(c -> c.state() == ContainerState.RUNNING).limit(count).toList();
            measuring = true;
            List<Long> latencies = new ArrayList<>();
            for (ContainerInfo c : running) {
                Process p = new ProcessBuilder("docker", "-H", "unix://" + socket, "stop", "-t", "5", c.id())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("docker stop " + c.name() + " failed");
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (!drawn.containsKey(c.id()) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                Long at = drawn.get(c.id());
                ContainerInfo after = inventory.current().containers().get(c.id());
                if (at == null || after == null || after.finishedAt().isEmpty()) {
                    throw new IllegalStateException("no frame showed " + c.name() + " exited within 5 s");
                }
                Instant finished = after.finishedAt().get();
                latencies.add(Math.max(0, at - (finished.getEpochSecond() * 1_000_000_000L + finished.getNano())));
            }
            measuring = false;
            latencies.sort(null);
            System.out.printf("view_p50_ms=%.1f view_p95_ms=%.1f events=%d max_frame_ms=%d%n",
                    pct(latencies, 50) / 1e6, pct(latencies, 95) / 1e6, latencies.size(), maxGap / 1_000_000);
        } catch (Exception e) {
            e.printStackTrace();
            System.out.println("TOPOLOGY FAILED " + e);
        }
        Platform.runLater(Platform::exit);
    }

    private static final Instant WALL_BASE = Instant.now();
    private static final long NANO_BASE = System.nanoTime();

    /** The wall clock in nanoseconds since the epoch, at nanoTime's resolution (as the engine's times are). */
    private static long epochNanos() {
        return WALL_BASE.getEpochSecond() * 1_000_000_000L + WALL_BASE.getNano() + (System.nanoTime() - NANO_BASE);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
