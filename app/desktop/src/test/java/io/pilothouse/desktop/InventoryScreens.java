package io.pilothouse.desktop;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.journal.Journal;
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
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.details.DetailsPane;
import io.pilothouse.desktop.ui.details.DockerDetailsSource;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.inventory.ActionOutcome;
import io.pilothouse.desktop.ui.inventory.ContainerRow;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.inventory.ModelRowFeed;
import io.pilothouse.desktop.ui.inventory.RowEntry;
import io.pilothouse.desktop.ui.inventory.VolumeClassSaver;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Opens the inventory and the details of one container of a real engine in real windows, and saves
 * pictures of both: {@code InventoryScreens <socket> <container name> <output dir>}. Run under Xvfb.
 */
public final class InventoryScreens {

    public static void main(String[] args) throws Exception {
        String socket = args[0];
        String container = args[1];
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Path state = Files.createTempDirectory("pilothouse-screens");
        HostProfile host = HostProfile.create("testenv", new UnixSocketTransport(socket), Environment.STAGING);
        AppDirectories dirs = new AppDirectories(state.resolve("config"), state.resolve("data"), state);
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "screens-io");
            t.setDaemon(true);
            return t;
        });
        try (HostSession session = new ConnectionFactory(dirs).connect(host, ConnectOptions.defaults(CredentialPrompt.NONE));
             HostInventory inventory = HostInventory.start(session, new VolumeChoices(state.resolve("volumes.json")),
                     InventoryOptions.defaults());
             ContainerActions actions = new ContainerActions(session, new Journal(state.resolve("journal.jsonl")),
                     new ProductionGuard())) {
            inventory.firstSnapshot().get(60, TimeUnit.SECONDS);
            DockerDetailsSource details = new DockerDetailsSource(session.docker(), Duration.ofSeconds(15));
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    Theme.apply(false);
                    InventoryPane pane = InventoryPane.forHost(host, inventory, actions,
                            ConfirmationRule.of(new ProductionGuard()), io, Platform::runLater);
                    // the tools a connected host offers, as the app's wiring adds them (their windows are not opened here)
                    java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools = java.util.List.of(
                            tool("logs", "Logs", "fth-file-text", true),
                            tool("shell", "Shell", "fth-terminal", false),
                            tool("maintenance", "Maintenance shell…", "fth-lock", false));
                    pane.setTools(tools);
                    Stage stage = new Stage();
                    stage.setTitle("Pilothouse inventory");
                    Scene scene = new Scene(pane.node(), 1280, 760);
                    scene.getStylesheets().add(ViewLoader.stylesheet());
                    stage.setScene(scene);
                    stage.show();
                    DetailsPane detailsPane = DetailsPane.create(details, io, Platform::runLater);
                    after(1500, () -> {
                        // (the menu picture is taken of the whole screen: a context menu is a window of its own)
                        TableView<RowEntry<ContainerRow>> table = pane.view().containersTable();
                        RowEntry<ContainerRow> row = table.getItems().stream()
                                .filter(e -> e.row().name().equals(container)).findFirst()
                                .orElseThrow(() -> new IllegalStateException("the inventory does not show " + container));
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                        table.requestFocus();
                        after(500, () -> {
                            save(scene, out.resolve("inventory.png"));
                            javafx.scene.control.ContextMenu menu = table.getContextMenu();
                            menu.show(table, stage.getX() + 260, stage.getY() + 200);
                            after(600, () -> {
                            screen(out.resolve("inventory-menu.png"));
                            menu.hide();
                            pane.view().tabs().getSelectionModel().select(2);
                            save(scene, out.resolve("inventory-volumes.png"));
                            pane.view().tabs().getSelectionModel().select(0);
                            detailsPane.setTools(tools);
                            detailsPane.show(row.row());
                            Stage detailsStage = new Stage();
                            detailsStage.setTitle("Pilothouse details");
                            Scene detailsScene = new Scene(detailsPane.node(), 1280, 760);
                            detailsScene.getStylesheets().add(ViewLoader.stylesheet());
                            detailsStage.setScene(detailsScene);
                            detailsStage.show();
                            after(8000, () -> {
                                save(detailsScene, out.resolve("details.png"));
                                System.out.println("InventoryScreens: samples=" + detailsPane.viewModel().samples().size()
                                        + " lines=" + detailsPane.viewModel().lines().size()
                                        + " json=" + detailsPane.viewModel().rawJsonProperty().get().length()
                                        + " status=" + detailsPane.viewModel().statusProperty().get());
                                detailsPane.dispose();
                                pane.dispose();
                                done.complete(null);
                            });
                            });
                        });
                    });
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(90, TimeUnit.SECONDS);
            details.close();
        } finally {
            Platform.exit();
            io.shutdownNow();
        }
        System.exit(0);
    }

    private static io.pilothouse.desktop.ui.workspace.TargetTool tool(String id, String label, String icon, boolean several) {
        return new io.pilothouse.desktop.ui.workspace.TargetTool(id, label, icon,
                java.util.Set.of(io.pilothouse.desktop.ui.workspace.TargetKind.CONTAINER), several, targets -> { });
    }

    /** The whole X screen (menus are windows of their own), with ImageMagick's import. */
    private static void screen(Path file) {
        try {
            Process p = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            System.out.println(p.waitFor() == 0 ? "InventoryScreens: wrote " + file : "InventoryScreens: import failed for " + file);
        } catch (Exception e) {
            System.out.println("InventoryScreens: import failed for " + file + ": " + e.getMessage());
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
            System.out.println("InventoryScreens: wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
