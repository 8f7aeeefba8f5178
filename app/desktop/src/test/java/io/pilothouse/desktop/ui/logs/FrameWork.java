package io.pilothouse.desktop.ui.logs;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Processor time the JavaFX application thread and the render thread spent between two calls,
 * made once a frame on the JavaFX thread: the work of a frame, apart from the time the machine
 * gave to other processes.
 */
final class FrameWork {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long renderId = -1;
    private long last = -1;

    /** Milliseconds of processor time both threads used since the previous call (0 the first time). */
    long sinceLastFrame() {
        if (renderId < 0) {
            renderId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-2);
        }
        long now = threads.getCurrentThreadCpuTime() + (renderId >= 0 ? Math.max(0, threads.getThreadCpuTime(renderId)) : 0);
        long ms = last < 0 ? 0 : (now - last) / 1_000_000;
        last = now;
        return ms;
    }
}
