package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.Theme;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.desktop.ui.hosts.Hosts.local;
import static io.pilothouse.desktop.ui.hosts.Hosts.ssh;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    /** Production asks for the exact name, as the core's guard does. */
    static final ConfirmationRule TYPED_NAME = new ConfirmationRule() {
        @Override public boolean requiresConfirmation(HostProfile host) { return host.environment().isProduction(); }
        @Override public String prompt(HostProfile host, String action) { return "Type " + host.name() + " to " + action + " it."; }
        @Override public boolean confirms(HostProfile host, String typed) { return host.name().equals(typed.trim()); }
    };

    final InMemoryHostProfiles profiles = new InMemoryHostProfiles().with(ssh("prod-1", Environment.PRODUCTION),
            local("dev-1", Environment.DEVELOPMENT), ssh("stage-1", Environment.STAGING));
    final ScriptedConnector connector = new ScriptedConnector();
    MainWindowViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
        vm = new MainWindowViewModel(profiles, connector, Runnable::run, Platform::runLater, Clock.systemUTC());
        MainWindow.open(stage, vm, TYPED_NAME);
        stage.show();
        vm.start();
    }

    TreeView<Object> tree(FxRobot robot) {
        return robot.lookup("#hostTree").queryAs(TreeView.class);
    }

    Node cellOf(FxRobot robot, String name) {
        return robot.lookup(".host-cell").queryAll().stream()
                .filter(n -> ((TreeCell<?>) n).getItem() instanceof HostItem h && h.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }

    List<String> hostsUnder(FxRobot robot, String environment) {
        return tree(robot).getRoot().getChildren().stream()
                .filter(g -> ((HostGroup) g.getValue()).environment().equals(environment))
                .flatMap(g -> g.getChildren().stream()).map(TreeItem::getValue).map(v -> ((HostItem) v).name()).toList();
    }

    @Test
    void hostsAreListedUnderTheirEnvironmentWithTheirState(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getRoot().getChildren()).extracting(g -> ((HostGroup) g.getValue()).environment())
                .containsExactly("production", "staging", "development");
        assertThat(hostsUnder(robot, "production")).containsExactly("prod-1");
        assertThat(robot.lookup(".environment-row").queryAllAs(TreeCell.class).stream()
                .sorted(java.util.Comparator.comparingInt(TreeCell::getIndex))
                .map(c -> ((Label) c.getGraphic()).getText())).containsExactly("PRODUCTION  (1)", "STAGING  (1)", "DEVELOPMENT  (1)");
        // the row's tooltip is made when the pointer first enters it
        robot.moveTo(cellOf(robot, "dev-1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TreeCell<?>) cellOf(robot, "dev-1")).getTooltip().getText())
                .isEqualTo("unix:///run/dev-1.sock\nConnected: Docker 24.0.7 on engine-1 (API 1.43), 3 ms");
        assertThat(stage.getTitle()).isEqualTo("Pilothouse");
    }

    @Test
    void aSelectedProductionHostShowsTheBannerAndTheKeyboardMovesOn(FxRobot robot) {
        assertThat(robot.lookup("#productionBanner").query().isVisible()).isFalse();
        robot.clickOn(cellOf(robot, "prod-1"));
        assertThat(robot.lookup("#productionBanner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#productionBanner .banner-text").queryAs(Label.class).getText())
                .isEqualTo("PRODUCTION — prod-1");
        assertThat(robot.lookup("#productionBanner").query().getStyle()).contains("#c62828");
        assertThat(stage.getTitle()).isEqualTo("Pilothouse — prod-1");
        assertThat(robot.lookup("#placeholderTitle").queryAs(Label.class).getText()).isEqualTo("prod-1");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Docker 24.0.7 on engine-1", "linux/amd64", "3 containers (1 running)");

        robot.type(KeyCode.DOWN, 2);
        assertThat(stage.getTitle()).isEqualTo("Pilothouse — stage-1");
        assertThat(robot.lookup("#productionBanner").query().isVisible()).isFalse();
    }

    @Test
    void aHostAddedInTheDialogAppearsInTheListSelected(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("new-host");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hostsUnder(robot, "development").contains("new-host"));
        assertThat(hostsUnder(robot, "development")).containsExactly("dev-1", "new-host");
        assertThat(profiles.list()).extracting(HostProfile::name).contains("new-host");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Pilothouse — new-host");
        assertThat(connector.link("new-host").connects).isEqualTo(1);
    }

    @Test
    void removingAProductionHostNeedsItsNameTyped(FxRobot robot) throws Exception {
        robot.clickOn(cellOf(robot, "prod-1"));
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#guardConfirmButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#guardNameField").write("prod-");
        assertThat(robot.lookup("#guardConfirmButton").queryButton().isDisabled()).isTrue();
        robot.write("1");
        assertThat(robot.lookup("#guardConfirmButton").queryButton().isDisabled()).isFalse();
        io.pilothouse.desktop.ui.Pictures.save(robot.lookup("#guardNameField").query().getScene(), "production-guard");
        robot.clickOn("#guardConfirmButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hostsUnder(robot, "production").isEmpty());
        assertThat(profiles.list()).extracting(HostProfile::name).containsExactlyInAnyOrder("dev-1", "stage-1");
    }

    @Test
    void picturesOfTheWindowInBothThemes(FxRobot robot) throws Exception {
        connector.link("stage-1").emit(ScriptedConnector.disconnected(
                "Nothing answers at ssh://pilot@stage-1.example.invalid:22: connection refused.",
                java.time.Instant.now().plusSeconds(8)));
        connector.link("dev-1").emit(ScriptedConnector.failed("The SSH server refused the key ~/.ssh/id_ed25519."));
        robot.clickOn(cellOf(robot, "prod-1"));
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> vm.darkThemeProperty().set(dark));
            WaitForAsyncUtils.waitForFxEvents();
            java.awt.image.BufferedImage image = io.pilothouse.desktop.ui.Pictures.save(stage.getScene(),
                    dark ? "main-window-dark" : "main-window-light");
            int background = image.getRGB(image.getWidth() - 40, image.getHeight() / 2);
            assertThat(new java.awt.Color(background).getRed()).as("the centre's background in the %s theme",
                    dark ? "dark" : "light").matches(red -> dark ? red < 100 : red > 200);
        }
        robot.interact(() -> vm.darkThemeProperty().set(false));
    }

    @Test
    void shortcutsDuplicateAndSwitchTheTheme(FxRobot robot) throws Exception {
        robot.clickOn(cellOf(robot, "stage-1"));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#nameField").tryQuery().isPresent());
        assertThat(robot.lookup("#nameField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("stage-1-copy");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hostsUnder(robot, "staging").size() == 2);
        assertThat(hostsUnder(robot, "staging")).containsExactly("stage-1", "stage-1-copy");

        assertThat(vm.darkThemeProperty().get()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(vm.darkThemeProperty().get()).isTrue();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(vm.darkThemeProperty().get()).isFalse();
    }

    @Test
    void editOpensWithF2AndSavesTheNewName(FxRobot robot) throws Exception {
        robot.clickOn(cellOf(robot, "dev-1"));
        robot.type(KeyCode.F2);
        robot.clickOn("#nameField").write("-renamed");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hostsUnder(robot, "development").contains("dev-1-renamed"));
        assertThat(connector.closed).as("a rename keeps the connection").isEmpty();
    }
}
