package io.pilothouse.desktop.ui.maintenance;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.SupervisedContainer;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.desktop.ui.terminal.TerminalPane;
import io.pilothouse.desktop.ui.terminal.TerminalTools;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The maintenance wizard against the real engine: paths from the label, preview, guard, locks, terminal with banner. */
@ExtendWith(ApplicationExtension.class)
class MaintenanceWizardUiIT {

    static final TestEnv ENV = TestEnv.get();

    @TempDir
    Path home;

    private SupervisedContainer box;
    private HostSession session;
    private Journal journal;
    private final MaintenanceRegistry registry = new MaintenanceRegistry();
    private TabPane tabPane;
    private final List<ToolTab> opened = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tabPane = new TabPane();
        stage.setScene(new Scene(tabPane, 1000, 640));
        stage.show();
    }

    @BeforeEach
    void setUp() {
        box = SupervisedContainer.start(ENV);
        journal = new Journal(home.resolve("journal.jsonl"));
    }

    @AfterEach
    void tearDown() {
        Platform.runLater(() -> opened.forEach(t -> t.dispose().run()));
        WaitForAsyncUtils.waitForFxEvents();
        if (session != null) {
            await().atMost(Duration.ofSeconds(20)).until(() -> registry.all().isEmpty());
            session.close();
        }
        box.close();
    }

    private HostSession connect(Environment env) {
        HostProfile p = HostProfile.create("pth-term-" + env.name(), new UnixSocketTransport(ENV.dockerSock()), env);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(10), Duration.ofSeconds(30)));
        return session;
    }

    private MaintenanceWizard wizard(FxRobot robot, HostSession s) {
        TerminalTools tools = new TerminalTools(journal, registry);
        ToolTabs tabs = new ToolTabs() {
            @Override
            public void open(ToolTab tab) {
                opened.add(tab);
                Tab t = new Tab(tab.title(), tab.content());
                t.setId("toolTab");
                tabPane.getTabs().add(t);
                tabPane.getSelectionModel().select(t);
            }

            @Override
            public void closeAll() {
            }
        };
        String label = ENV.docker("inspect", "-f", "{{index .Config.Labels \"io.pilothouse.maintenance.locks\"}}", box.name());
        MaintenanceWizard[] w = new MaintenanceWizard[1];
        robot.interact(() -> {
            MaintenanceWizardViewModel vm = new MaintenanceWizardViewModel(s.profile(), s, box.name(), label, journal,
                    registry, Executors.newCachedThreadPool(), Platform::runLater);
            w[0] = new MaintenanceWizard(stage, vm, ms -> tools.open(s.profile(), tabs,
                    new Target(box.name(), box.name(), TargetKind.CONTAINER), ms, Optional.of(ms.banner())));
            w[0].show();
        });
        return w[0];
    }

    @Test
    void pathsFromTheLabelArePreviewedLockedAndTheTerminalShowsTheBanner(FxRobot robot) throws Exception {
        HostSession s = connect(Environment.DEVELOPMENT);
        wizard(robot, s);
        TextArea paths = robot.lookup("#lockPaths").queryAs(TextArea.class);
        assertThat(paths.getText()).isEqualTo(SupervisedContainer.MAIN_PID + "\n" + SupervisedContainer.WORKER_PID);
        Button acquire = robot.lookup("#acquireButton").queryButton();
        assertThat(acquire.isDisabled()).isTrue();

        robot.interact(() -> paths.setText(SupervisedContainer.MAIN_PID + "\n/app/data/nope.pid"));
        robot.clickOn("#checkButton");
        Label message = robot.lookup("#wizardMessage").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> message.getText().contains("/app/data/nope.pid does not exist"));
        assertThat(acquire.isDisabled()).isTrue();
        assertThat(box.locked(SupervisedContainer.MAIN_PID)).isFalse();

        robot.interact(() -> paths.setText(SupervisedContainer.MAIN_PID));
        robot.clickOn("#checkButton");
        ListView<?> preview = robot.lookup("#planPreview").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> preview.getItems().size() == 2);
        assertThat(preview.getItems().get(1).toString()).startsWith("Lock " + SupervisedContainer.MAIN_PID + " in " + box.name());
        assertThat(box.locked(SupervisedContainer.MAIN_PID)).as("the preview changes nothing").isFalse();

        robot.clickOn("#acquireButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#maintenanceBanner").tryQuery().isPresent());
        assertThat(box.locked(SupervisedContainer.MAIN_PID)).isTrue();
        assertThat(robot.lookup("#maintenanceBanner").queryAs(Label.class).getText())
                .contains("holding " + SupervisedContainer.MAIN_PID).contains(box.name());
        assertThat(registry.all()).singleElement().satisfies(m -> assertThat(m.who()).endsWith("@pilothouse"));

        TerminalPane[] pane = new TerminalPane[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> robot.lookup("#terminalStatus").queryAs(Label.class).getText().isEmpty());
        robot.clickOn(".terminal-pane");
        robot.write("echo \"under maintenance: $(cat " + SupervisedContainer.MAIN_PID + ".maintenance | cut -d' ' -f1)\"\n");
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        Path png = Path.of("target", "screenshots", "maintenance-terminal.png");
        Files.createDirectories(png.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = tabPane.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        assertThat(Files.size(png)).isGreaterThan(5_000);

        robot.interact(() -> {
            opened.forEach(t -> t.dispose().run());
            opened.clear();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !box.locked(SupervisedContainer.MAIN_PID));
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.all().isEmpty());
        assertThat(journal.readAll()).extracting(JournalEntry::event).contains("plan.started", "maintenance.started",
                "maintenance.ended");
        assertThat(journal.readAll().stream().filter(e -> e.event().equals("maintenance.ended")).findFirst().orElseThrow()
                .details()).containsEntry("ended", "TAB_CLOSED");
    }

    @Test
    void onAProductionHostTheNameMustBeTypedBeforeTheLocksAreTaken(FxRobot robot) {
        HostSession s = connect(Environment.PRODUCTION);
        wizard(robot, s);
        robot.clickOn("#checkButton");
        ListView<?> preview = robot.lookup("#planPreview").queryAs(ListView.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> preview.getItems().size() == 2);
        Button acquire = robot.lookup("#acquireButton").queryButton();
        assertThat(acquire.isDisabled()).isTrue();
        robot.clickOn("#confirmHostField").write("wrong-name");
        assertThat(acquire.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#confirmHostField").queryAs(TextField.class).setText(s.profile().name()));
        assertThat(acquire.isDisabled()).isFalse();
        robot.clickOn("#acquireButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> box.locked(SupervisedContainer.MAIN_PID)
                && box.locked(SupervisedContainer.WORKER_PID));
        robot.interact(() -> {
            opened.forEach(t -> t.dispose().run());
            opened.clear();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !box.locked(SupervisedContainer.MAIN_PID));
    }
}
