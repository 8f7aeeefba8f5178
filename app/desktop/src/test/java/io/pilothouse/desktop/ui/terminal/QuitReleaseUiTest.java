package io.pilothouse.desktop.ui.terminal;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Releasing at quit never holds the JavaFX thread: the window closes at once, the releases finish behind it, bounded. */
@ExtendWith(ApplicationExtension.class)
class QuitReleaseUiTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
    }

    static Runnable slow(long millis, CountDownLatch done) {
        return () -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        };
    }

    @Test
    void onTheFxThreadTheWindowClosesAtOnceWhileSlowReleasesRunBehindIt(FxRobot robot) throws Exception {
        CountDownLatch released = new CountDownLatch(2);
        AtomicLong heldMillis = new AtomicLong();
        AtomicReference<CompletableFuture<Integer>> result = new AtomicReference<>();
        robot.interact(() -> {
            long t0 = System.nanoTime();
            result.set(QuitRelease.start(List.of(slow(1500, released), slow(1500, released)), Duration.ofSeconds(10)));
            stage.hide();
            heldMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        });
        assertThat(heldMillis.get()).as("the FX thread was held (ms)").isLessThan(300);
        assertThat(stage.isShowing()).isFalse();
        assertThat(result.get()).isNotDone();
        // the FX thread keeps answering while the releases run
        CountDownLatch pulse = new CountDownLatch(1);
        Platform.runLater(pulse::countDown);
        assertThat(pulse.await(500, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(released.getCount()).isPositive();
        assertThat(result.get().get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(released.getCount()).isZero();
    }

    @Test
    void aReleaseThatHangsIsLeftToTheLeaseAfterTheBound() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch quick = new CountDownLatch(1);
        long t0 = System.nanoTime();
        CompletableFuture<Integer> result = QuitRelease.start(List.of(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, slow(10, quick)), Duration.ofMillis(800));
        assertThat(result.get(5, TimeUnit.SECONDS)).as("only the quick one finished").isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(700), Duration.ofSeconds(4));
        never.countDown();
    }

    @Test
    void theProcessWaitsForTheReleasesButNotForeverAndNothingToReleaseEndsAtOnce() throws Exception {
        assertThat(QuitRelease.start(List.of(), Duration.ofSeconds(15))).isCompletedWithValue(0);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Integer> result = QuitRelease.start(List.of(slow(600, done)), Duration.ofSeconds(5));
        Thread waiter = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("quit-release-wait")).findFirst().orElseThrow();
        assertThat(waiter.isDaemon()).as("the JVM stays up until the locks are released or the bound passed").isFalse();
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
