package io.pilothouse.desktop;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Runs the start-up work the first window does not need (warm-ups, recovery of unfinished plans)
 * once the main window is usable: when the frame listing the saved hosts is on the screen, or after
 * {@code latest} when the list stays empty. So that work (and the hosts' connections) no longer
 * competes for the processors with the first frame. Used on the FX thread.
 */
final class AfterFirstUse {

    private final Runnable work;
    private boolean done;

    private AfterFirstUse(Runnable work) {
        this.work = work;
    }

    /** Schedules {@code work} (run once, on the FX thread) for the frame after {@code hosts} has items. */
    static <T> void schedule(ObservableList<T> hosts, Duration latest, Runnable work) {
        AfterFirstUse after = new AfterFirstUse(work);
        if (!hosts.isEmpty()) {
            after.afterNextFrame();
            return;
        }
        ListChangeListener<T> listed = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (!hosts.isEmpty()) {
                    hosts.removeListener(this);
                    after.afterNextFrame();
                }
            }
        };
        hosts.addListener(listed);
        PauseTransition fallback = new PauseTransition(latest);
        fallback.setOnFinished(e -> {
            hosts.removeListener(listed);
            after.run();
        });
        fallback.play();
    }

    private void afterNextFrame() {
        FramePainted.then(this::run);
    }

    private void run() {
        if (!done) {
            done = true;
            work.run();
        }
    }
}
