package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.restart.RestartContainersRequest;
import io.pilothouse.core.workflows.restart.StartContainerStep;
import io.pilothouse.core.workflows.restart.StopContainerStep;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The plan wizard in a real window (under Xvfb) running a plan on the real engine: stops a
 * container, reads its /bin slowly, starts it. Takes the picture mid-run, then cancels, takes a
 * second picture (NAME-cancelled.png) once the run has ended, and prints the outcome. Arguments:
 * docker socket, container, picture file, scratch dir.
 */
public final class PlanWizardWindowRun {

    private PlanWizardWindowRun() {
    }

    public static void main(String[] args) throws Exception {
        String container = args[1];
        Path png = Path.of(args[2]);
        Path scratch = Path.of(args[3]);
        HostProfile host = HostProfile.create("pth-ops-local", new UnixSocketTransport(args[0]), Environment.STAGING);
        var background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "plan-run");
            t.setDaemon(true);
            return t;
        });
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), scratch)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)))) {
            Plan plan = new Plan(Plan.newId("restart-containers"), "restart-containers", host.id(),
                    "Restart container " + container + " on " + host.name() + ", reading its /bin",
                    List.of(new StopContainerStep(session.docker(), container, 1),
                            new ArchiveReadStep(session.docker(), container, "/bin", 256 * 1024),
                            new StartContainerStep(session.docker(), container, Duration.ofSeconds(30))));
            PlanWizardServices services = new PlanWizardServices(
                    new PlanRunner(new Journal(scratch.resolve("journal.jsonl")), new ProductionGuard()).withHostLocks(scratch.resolve("run")),
                    ConfirmationRule.of(new ProductionGuard()), new PlanFiles(PlanFactoryRegistry.standard()),
                    new DockerChangeReverter(session.docker()), background, Platform::runLater);
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(20, TimeUnit.SECONDS);
            CompletableFuture<PlanWizard> opened = new CompletableFuture<>();
            Platform.runLater(() -> {
                Theme.apply(false);
                PlanWizard w = PlanWizard.open(null, host, plan, RestartContainersRequest.of(host.name(), List.of(container)), services);
                w.stage().setWidth(900);
                w.stage().setHeight(640);
                w.viewModel().run(null);
                opened.complete(w);
            });
            PlanWizard wizard = opened.get(20, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (onFx(() -> wizard.viewModel().overallProperty().get()) < 0.45 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(300);
            BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(wizard.stage().getScene().snapshot(null), null));
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
            System.out.println("PROGRESS " + onFx(() -> wizard.viewModel().overallTextProperty().get()));
            System.out.println("STEP " + onFx(() -> wizard.viewModel().stepTextProperty().get()));
            System.out.println("PICTURE " + image.getWidth() + "x" + image.getHeight());
            Platform.runLater(() -> wizard.viewModel().cancel());
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (onFx(() -> wizard.viewModel().state()) != PlanWizardState.ENDED && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(300);
            BufferedImage after = onFx(() -> SwingFXUtils.fromFXImage(wizard.stage().getScene().snapshot(null), null));
            ImageIO.write(after, "png", png.resolveSibling(png.getFileName().toString().replace(".png", "-cancelled.png")).toFile());
            System.out.println("OUTCOME " + onFx(() -> wizard.viewModel().resultProperty().get().outcome()));
            System.out.println("UNDO " + onFx(() -> String.join(" | ", wizard.viewModel().undoLog())));
        } finally {
            Platform.exit();
            background.shutdownNow();
        }
        System.exit(0);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }
}
