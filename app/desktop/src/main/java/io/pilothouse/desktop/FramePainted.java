package io.pilothouse.desktop;

import javafx.animation.AnimationTimer;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;

/**
 * Runs work once what the scene graph holds now has been drawn on the screen. A pulse lays out the
 * change and hands the frame to the renderer thread, which paints it while the next pulses run; so
 * at the second pulse a one-pixel snapshot is taken, which the renderer draws after every frame
 * handed to it before (it takes its jobs in order): when the snapshot returns, the frame with the
 * change is on the screen. Used on the FX thread.
 */
final class FramePainted {

    private FramePainted() {
    }

    static void then(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
                    work.run();
                }
            }
        }.start();
    }
}
