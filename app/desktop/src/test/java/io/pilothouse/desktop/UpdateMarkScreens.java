package io.pilothouse.desktop;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.updates.SnapshotUpdateFinder;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RegistryDigests;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.topology.TopologyPane;
import io.pilothouse.desktop.ui.updates.UpdateMark;
import io.pilothouse.desktop.ui.updates.UpdatesViewModel;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The inventory above the topology of a real engine, in a real window, after a check for newer images
 * against the test registry: {@code UpdateMarkScreens <socket> <name prefix> <output dir>}. Only the
 * containers named with the prefix are checked (the shared engine holds other tests' containers).
 * Prints what the table and the topology show, saves update-marks.png (the window) and
 * update-tooltip.png (the screen with the marked cell's tooltip). Run under Xvfb.
 */
public final class UpdateMarkScreens {

    public static void main(String[] args) throws Exception {
        String socket = args[0];
        String prefix = args[1];
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Path state = Files.createTempDirectory("pilothouse-update-screens");
        HostProfile host = HostProfile.create("testenv", new UnixSocketTransport(socket), Environment.STAGING);
        AppDirectories dirs = new AppDirectories(state.resolve("config"), state.resolve("data"), state);
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "update-screens-io");
            t.setDaemon(true);
            return t;
        });
        try (HostSession session = new ConnectionFactory(dirs).connect(host, ConnectOptions.defaults(CredentialPrompt.NONE));
             HostInventory inventory = HostInventory.start(session, new VolumeChoices(state.resolve("volumes.json")),
                     InventoryOptions.defaults());
             ContainerActions actions = new ContainerActions(session, new Journal(state.resolve("journal.jsonl")),
                     new ProductionGuard())) {
            inventory.firstSnapshot().get(60, TimeUnit.SECONDS);
            String web = prefix + "-web-1";
            ContainerInfo info = inventory.current().container(web)
                    .orElseThrow(() -> new IllegalStateException("the inventory does not show " + web));
            SnapshotUpdateFinder finder = new SnapshotUpdateFinder(
                    new RegistryDigests(RegistryCredentials.none(), Duration.ofSeconds(10))::digest, Clock.systemUTC());
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    Theme.apply(false);
                    InventoryPane table = InventoryPane.forHost(host, inventory, actions,
                            ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
                    TopologyPane topology = TopologyPane.create(inventory, io, Platform::runLater);
                    UpdatesViewModel updates = new UpdatesViewModel(() -> finder.check(only(prefix, inventory.current())),
                            io, Platform::runLater, Duration.ofSeconds(60), ZoneId.systemDefault());
                    table.viewModel().updatesProperty().bind(updates.marksProperty());
                    topology.viewModel().updatesProperty().bind(updates.badgesProperty());
                    table.viewModel().filterTextProperty().set(prefix);
                    SplitPane split = new SplitPane(table.node(), topology.node());
                    split.setOrientation(Orientation.VERTICAL);
                    split.setDividerPositions(0.36);
                    Stage stage = new Stage();
                    stage.setTitle("Pilothouse: newer images");
                    Scene scene = new Scene(split, 1280, 900);
                    scene.getStylesheets().add(ViewLoader.stylesheet());
                    stage.setScene(scene);
                    stage.setX(0);
                    stage.setY(0);
                    stage.show();
                    updates.check();
                    updates.checkingProperty().addListener((o, was, checking) -> {
                        if (checking) {
                            return;
                        }
                        System.out.println("UpdateMarkScreens: STATUS " + updates.statusProperty().get());
                        updates.marksProperty().get().forEach((id, mark) -> inventory.current().containers().values().stream()
                                .filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> System.out.println(
                                        "UpdateMarkScreens: MARK " + c.name() + " " + mark.state() + " " + mark.shortText())));
                        after(1500, () -> {
                            Node shape = topology.canvas().shapeOf("container:" + info.id());
                            Node badge = shape == null ? null : shape.lookup("#update-badge");
                            System.out.println("UpdateMarkScreens: BADGE " + web + " " + (badge != null && badge.isVisible()));
                            focus(topology, shape);
                            after(1000, () -> {
                                save(scene, out.resolve("update-marks.png"));
                                TableCell<?, ?> cell = (TableCell<?, ?>) table.view().containersTable().lookupAll(".update-available")
                                        .stream().filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty()).findFirst().orElse(null);
                                if (cell != null && cell.getTooltip() != null) {
                                    var b = cell.localToScreen(cell.getBoundsInLocal());
                                    cell.getTooltip().show(cell, b.getMinX() + 20, b.getMaxY() + 4);
                                    System.out.println("UpdateMarkScreens: TOOLTIP " + cell.getTooltip().getText().replace('\n', '|'));
                                }
                                after(700, () -> {
                                    screen(out.resolve("update-tooltip.png"));
                                    updates.dispose();
                                    table.dispose();
                                    topology.dispose();
                                    done.complete(null);
                                });
                            });
                        });
                    });
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(120, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
            io.shutdownNow();
        }
        System.exit(0);
    }

    /** The snapshot with only the containers named with the prefix (their images and the rest as they are). */
    static InventorySnapshot only(String prefix, InventorySnapshot all) {
        return new InventorySnapshot(all.host(), all.takenAt(), all.swarmManager(),
                all.containers().values().stream().filter(c -> c.name().startsWith(prefix)).toList(),
                List.of(), List.of(), List.of(), List.of(), List.of(), all.images().values());
    }

    /** The engine may hold many other containers: brings the marked one close, in the middle of the view. */
    private static void focus(TopologyPane topology, Node shape) {
        if (shape == null) {
            return;
        }
        var canvas = topology.canvas();
        canvas.layout();
        var at = canvas.sceneToLocal(shape.localToScene(shape.getBoundsInLocal()));
        canvas.zoomAt(1.3 / canvas.scale(), at.getCenterX(), at.getCenterY());
        var now = canvas.sceneToLocal(shape.localToScene(shape.getBoundsInLocal()));
        canvas.panBy(canvas.getWidth() / 2 - now.getCenterX(), canvas.getHeight() / 2 - now.getCenterY());
    }

    private static void screen(Path file) {
        try {
            Process p = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            System.out.println(p.waitFor() == 0 ? "UpdateMarkScreens: wrote " + file
                    : "UpdateMarkScreens: import failed for " + file);
        } catch (Exception e) {
            System.out.println("UpdateMarkScreens: import failed for " + file + ": " + e.getMessage());
        }
    }

    private static void after(long millis, Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void save(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("UpdateMarkScreens: wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
