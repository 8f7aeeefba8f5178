package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.desktop.ui.infra.Theme;
import io.pilothouse.desktop.ui.workspace.HostWorkspace;
import io.pilothouse.desktop.ui.workspace.HostWorkspaces;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.desktop.ui.hosts.Hosts.local;
import static io.pilothouse.desktop.ui.hosts.Hosts.ssh;
import static org.assertj.core.api.Assertions.assertThat;

/** "Host shell" is offered for a connected SSH host, in the host list's menu and the Host menu, and opens on that host. */
@ExtendWith(ApplicationExtension.class)
class HostShellMenuUiTest {

    final InMemoryHostProfiles profiles = new InMemoryHostProfiles().with(ssh("stage-1", Environment.STAGING),
            local("dev-1", Environment.DEVELOPMENT));
    final ScriptedConnector connector = new ScriptedConnector();
    final List<Target> opened = new CopyOnWriteArrayList<>();

    /** Workspaces whose host tools are what the terminal tools offer: a host shell on SSH hosts only. */
    final HostWorkspaces workspaces = new HostWorkspaces() {
        @Override
        public Optional<HostWorkspace> open(HostProfile host) {
            return Optional.of(new HostWorkspace() {
                @Override public Node topology() { return new Label("topology"); }
                @Override public Node inventory() { return new Label("inventory"); }
                @Override public Node details() { return new Label("details"); }
                @Override public boolean openDetails(String id) { return false; }
                @Override public void dispose() { }

                @Override
                public List<TargetTool> hostTools() {
                    return host.transport() instanceof SshTransport
                            ? List.of(new TargetTool("host-shell", "Host shell", "fth-monitor", Set.of(TargetKind.HOST),
                            false, opened::addAll))
                            : List.of();
                }
            });
        }

        @Override
        public void close(String hostId) {
        }
    };

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        MainWindowViewModel vm = new MainWindowViewModel(profiles, connector, Runnable::run, Platform::runLater, Clock.systemUTC());
        MainWindow.open(stage, vm, MainWindowUiTest.TYPED_NAME, workspaces);
        stage.show();
        vm.start();
    }

    Node cellOf(FxRobot robot, String name) {
        return robot.lookup(".host-cell").queryAll().stream()
                .filter(n -> ((TreeCell<?>) n).getItem() instanceof HostItem h && h.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }

    @Test
    void theHostListMenuOffersAHostShellOnAConnectedSshHostAndOpensItThere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".host-cell").queryAll().size() >= 2);
        robot.clickOn(cellOf(robot, "stage-1"));
        requestMenu(robot, cellOf(robot, "stage-1"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = robot.lookup("#hostTree").queryAs(javafx.scene.control.TreeView.class).getContextMenu();
        assertThat(menu.isShowing()).as("the host list's menu shows").isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Connect", "Disconnect", null, "Host shell");
        assertThat(robot.lookup("Host shell").tryQuery()).isPresent();
        robot.clickOn("Host shell");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TargetKind.HOST);
            assertThat(t.name()).isEqualTo("stage-1");
        });
    }

    @Test
    void aHostReachedWithoutSshHasNoHostShell(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".host-cell").queryAll().size() >= 2);
        robot.clickOn(cellOf(robot, "dev-1"));
        requestMenu(robot, cellOf(robot, "dev-1"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = robot.lookup("#hostTree").queryAs(javafx.scene.control.TreeView.class).getContextMenu();
        assertThat(menu.isShowing()).as("the host list's menu shows").isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Connect", "Disconnect");
        assertThat(robot.lookup("Host shell").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        robot.clickOn("Host");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hostShellItem(robot).isDisable()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(opened).isEmpty();
    }

    @Test
    void theHostMenuOpensTheHostShellOfTheSelectedSshHost(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".host-cell").queryAll().size() >= 2);
        robot.clickOn(cellOf(robot, "stage-1"));
        robot.clickOn("Host");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hostShellItem(robot).isDisable()).isFalse();
        robot.clickOn("Host shell");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).extracting(Target::name).containsExactly("stage-1");
    }

    /** What a right click or the menu key asks of the row (the headless robot's right click asks nothing). */
    static void requestMenu(FxRobot robot, Node cell) {
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        javafx.geometry.Bounds s = cell.localToScene(cell.getBoundsInLocal());
        robot.interact(() -> cell.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, s.getCenterX(), s.getCenterY(),
                b.getCenterX(), b.getCenterY(), false, null)));
    }

    MenuItem hostShellItem(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "hostShellItem".equals(i.getId())).findFirst().orElseThrow();
    }
}
