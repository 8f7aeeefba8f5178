package io.pilothouse.desktop.ui.terminal;

import com.techsenger.jeditermfx.ui.TerminalPanel;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.terminal.CloseReport;
import io.pilothouse.core.terminal.TerminalOutput;
import io.pilothouse.core.terminal.TerminalSession;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A terminal that is gone leaves nothing running on the JavaFX thread: the widget's repaint timer
 * stops when its tab is closed, so it does not fail on every pulse once the widget is collected.
 */
@ExtendWith(ApplicationExtension.class)
class TerminalPaneDisposeUiTest {

    static final HostProfile HOST = HostProfile.create("dev-1", new UnixSocketTransport("/run/none.sock"),
            Environment.DEVELOPMENT);

    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final AtomicReference<Thread.UncaughtExceptionHandler> previous = new AtomicReference<>();
    final ExecutorService background = Executors.newSingleThreadExecutor();
    final List<TerminalPane> opened = new CopyOnWriteArrayList<>();
    StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane(new Label("tools"));
        stage.setScene(new Scene(host, 640, 400));
        stage.show();
    }

    @BeforeEach
    void recordFxFailures(FxRobot robot) {
        robot.interact(() -> {
            previous.set(Thread.currentThread().getUncaughtExceptionHandler());
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e));
        });
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous.get()));
        background.shutdownNow();
    }

    @Test
    void aClosedTabLeavesNoFailingRepaintTimerOnceCollected(FxRobot robot) throws Exception {
        AtomicReference<WeakReference<TerminalPanel>> panel = new AtomicReference<>();
        robot.interact(() -> {
            TerminalPane pane = new TerminalPane(HOST, "web-1", new QuietSession(), Optional.empty(), background);
            panel.set(new WeakReference<>(pane.widget().getTerminalPanel()));
            host.getChildren().add(pane.root());
            pane.start();
            opened.add(pane);
        });
        Thread.sleep(300);
        robot.interact(() -> {
            // as a tool tab closes: its content leaves the window, then the tab disposes it
            host.getChildren().remove(opened.get(0).root());
            opened.forEach(TerminalPane::dispose);
        });
        opened.clear();
        collect(panel.get());
        Thread.sleep(500);
        assertThat(failures).as("failures on the JavaFX thread after the terminal was closed").isEmpty();
    }

    /** Waits until the widget is collected, so that a timer still running would find it gone. */
    private static void collect(WeakReference<TerminalPanel> panel) throws InterruptedException {
        for (int i = 0; i < 100 && panel.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(panel.get()).as("the closed terminal widget was collected").isNull();
    }

    /** A session with nothing behind it: starts at once, never writes, closes when asked. */
    static final class QuietSession implements TerminalSession {
        final CompletableFuture<Integer> exited = new CompletableFuture<>();

        @Override public String title() { return "sh in web-1"; }
        @Override public void start(TerminalOutput output) { }
        @Override public void write(byte[] data) { }
        @Override public void resize(int columns, int rows) { }
        @Override public boolean readOnly() { return false; }
        @Override public CompletableFuture<Integer> exited() { return exited; }
        @Override public CloseReport close() {
            exited.complete(0);
            return CloseReport.ended("Session ended.");
        }
    }
}
