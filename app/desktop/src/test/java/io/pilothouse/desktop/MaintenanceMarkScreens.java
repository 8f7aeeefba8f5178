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
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.inventory.ContainerRow;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.inventory.RowEntry;
import io.pilothouse.desktop.ui.topology.TopologyPane;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The inventory above the topology of a real engine, in a real window, while someone holds maintenance
 * locks in one container: {@code MaintenanceMarkScreens <socket> <container> <output dir>}. Prints
 * what the table and the topology show for that container, saves maintenance-marks.png (the window)
 * and maintenance-tooltip.png (the screen with the table cell's tooltip). Run under Xvfb.
 */
public final class MaintenanceMarkScreens {

    public static void main(String[] args) throws Exception {
        String socket = args[0];
        String container = args[1];
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Path state = Files.createTempDirectory("pilothouse-mnt-screens");
        HostProfile host = HostProfile.create("testenv", new UnixSocketTransport(socket), Environment.STAGING);
        AppDirectories dirs = new AppDirectories(state.resolve("config"), state.resolve("data"), state);
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mnt-screens-io");
            t.setDaemon(true);
            return t;
        });
        try (HostSession session = new ConnectionFactory(dirs).connect(host, ConnectOptions.defaults(CredentialPrompt.NONE));
             HostInventory inventory = HostInventory.start(session, new VolumeChoices(state.resolve("volumes.json")),
                     InventoryOptions.defaults());
             ContainerActions actions = new ContainerActions(session, new Journal(state.resolve("journal.jsonl")),
                     new ProductionGuard())) {
            inventory.firstSnapshot().get(60, TimeUnit.SECONDS);
            ContainerInfo info = inventory.current().container(container)
                    .orElseThrow(() -> new IllegalStateException("the inventory does not show " + container));
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    Theme.apply(false);
                    InventoryPane table = InventoryPane.forHost(host, inventory, actions,
                            ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
                    TopologyPane topology = TopologyPane.create(inventory, io, Platform::runLater);
                    SplitPane split = new SplitPane(table.node(), topology.node());
                    split.setOrientation(Orientation.VERTICAL);
                    split.setDividerPositions(0.42);
                    Stage stage = new Stage();
                    stage.setTitle("Pilothouse: maintenance marks");
                    Scene scene = new Scene(split, 1280, 900);
                    scene.getStylesheets().add(ViewLoader.stylesheet());
                    stage.setScene(scene);
                    stage.setX(0);
                    stage.setY(0);
                    stage.show();
                    after(2500, () -> {
                        TableView<RowEntry<ContainerRow>> t = table.view().containersTable();
                        t.getItems().stream().filter(e -> e.row().name().equals(container)).findFirst().ifPresent(e -> {
                            System.out.println("MaintenanceMarkScreens: ROW " + container + " " + e.row().maintenance());
                            t.scrollTo(e);
                        });
                        Node shape = topology.canvas().shapeOf("container:" + info.id());
                        Node badge = shape == null ? null : shape.lookup("#maintenance-badge");
                        System.out.println("MaintenanceMarkScreens: BADGE " + container + " "
                                + (badge != null && badge.isVisible()));
                        focus(topology, shape);
                        after(1500, () -> {
                            focus(topology, shape);
                            save(scene, out.resolve("maintenance-marks.png"));
                            TableCell<?, ?> cell = (TableCell<?, ?>) t.lookupAll(".under-maintenance").stream()
                                    .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty()).findFirst().orElse(null);
                            if (cell != null && cell.getTooltip() != null) {
                                var b = cell.localToScreen(cell.getBoundsInLocal());
                                cell.getTooltip().show(cell, b.getMinX() + 20, b.getMaxY() + 4);
                                System.out.println("MaintenanceMarkScreens: TOOLTIP " + cell.getTooltip().getText());
                            }
                            after(700, () -> {
                                screen(out.resolve("maintenance-tooltip.png"));
                                table.dispose();
                                done.complete(null);
                            });
                        });
                    });
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(90, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
            io.shutdownNow();
        }
        System.exit(0);
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
        System.out.println("MaintenanceMarkScreens: SCALE " + canvas.scale());
    }

    private static void screen(Path file) {
        try {
            Process p = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            System.out.println(p.waitFor() == 0 ? "MaintenanceMarkScreens: wrote " + file
                    : "MaintenanceMarkScreens: import failed for " + file);
        } catch (Exception e) {
            System.out.println("MaintenanceMarkScreens: import failed for " + file + ": " + e.getMessage());
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
            System.out.println("MaintenanceMarkScreens: wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
