package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.desktop.ui.infra.Theme;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class HostEditorDialogUiTest {

    final ScriptedConnector connector = new ScriptedConnector();
    final ExecutorService background = Executors.newSingleThreadExecutor();
    HostEditorViewModel vm;
    HostEditorDialog dialog;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        vm = new HostEditorViewModel(HostEditorViewModel.Mode.ADD, null, (name, id) -> name.equalsIgnoreCase("taken"),
                connector, background, Platform::runLater);
        dialog = new HostEditorDialog(null, vm);
        dialog.dialog().show();
    }

    @AfterEach
    void close() {
        background.shutdownNow();
    }

    static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void saveStaysDisabledUntilTheInputsAreValidAndTheProblemIsWrittenOut(FxRobot robot) {
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(label(robot, "#problemLabel").getText()).isEqualTo("Enter a name for the host");

        robot.clickOn("#nameField").write("bad name!");
        assertThat(label(robot, "#problemLabel").getText())
                .startsWith("The host name 'bad name!' must start with a letter or digit");
        assertThat(save.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).clear());
        robot.write("Taken");
        assertThat(label(robot, "#problemLabel").getText()).isEqualTo("A host named 'Taken' already exists");

        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).clear());
        robot.write("dev-1");
        TextField socket = robot.lookup("#socketPathField").queryAs(TextField.class);
        robot.interact(socket::clear);
        robot.clickOn(socket).write("relative.sock");
        assertThat(label(robot, "#problemLabel").getText()).isEqualTo("The socket path 'relative.sock' must be an absolute path");
        assertThat(save.isDisabled()).isTrue();

        robot.interact(socket::clear);
        robot.write("/run/dev.sock");
        assertThat(label(robot, "#problemLabel").getText()).isNullOrEmpty();
        assertThat(save.isDisabled()).isFalse();
    }

    @Test
    void choosingTlsShowsItsFieldsAndChecksThePort(FxRobot robot) throws Exception {
        robot.clickOn("#nameField").write("tls-1");
        robot.interact(() -> vm.kindProperty().set(TransportKind.TLS));
        assertThat(shown(robot.lookup("#tlsHostField").query())).isTrue();
        assertThat(shown(robot.lookup("#socketPathField").query())).isFalse();
        robot.clickOn("#tlsHostField").write("127.0.0.1");
        TextField port = robot.lookup("#tlsPortField").queryAs(TextField.class);
        robot.interact(port::clear);
        robot.clickOn(port).write("99999");
        assertThat(label(robot, "#problemLabel").getText()).isEqualTo("The port 99999 is not between 1 and 65535");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        io.pilothouse.desktop.ui.Pictures.save(dialog.dialog().getDialogPane().getScene(), "host-editor-tls");
    }

    @Test
    void testShowsTheEngineFromTheConnector(FxRobot robot) throws Exception {
        robot.clickOn("#nameField").write("dev-1");
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#testResultLabel").getText().startsWith("Connected"));
        assertThat(label(robot, "#testResultLabel").getText()).contains("Docker 24.0.7", "API 1.43", "linux/amd64");
        assertThat(robot.lookup("#testProgress").queryAs(ProgressIndicator.class).isVisible()).isFalse();
    }

    @Test
    void testShowsTheFailureSentence(FxRobot robot) throws Exception {
        connector.onProbe = p -> {
            throw new ConnectionFailure(ConnectionFailure.Kind.CONNECTION_REFUSED,
                    "Nothing answers at unix:///var/run/docker.sock: is the engine running?");
        };
        robot.clickOn("#nameField").write("dev-1");
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm.testRunningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#testResultLabel").getText())
                .isEqualTo("Nothing answers at unix:///var/run/docker.sock: is the engine running?");
    }

    @Test
    void closingTheDialogWhileTestingDropsTheResult(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        connector.onProbe = p -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedConnector.ENGINE;
        };
        robot.clickOn("#nameField").write("dev-1");
        robot.clickOn("#testButton");
        assertThat(robot.lookup("#testProgress").queryAs(ProgressIndicator.class).isVisible()).isTrue();
        assertThat(robot.lookup("#testButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("Cancel");
        assertThat(dialog.dialog().isShowing()).isFalse();
        release.countDown();
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.testRunningProperty().get()).isFalse();
        assertThat(vm.testResultProperty().get()).doesNotContain("Docker 24.0.7");
    }
}
