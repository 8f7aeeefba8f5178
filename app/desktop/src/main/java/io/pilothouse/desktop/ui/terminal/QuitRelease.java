package io.pilothouse.desktop.ui.terminal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Releases what must be released as the app quits (maintenance locks) without holding the caller:
 * each release runs on a thread of its own, and one more (not a daemon, so the process waits for it)
 * waits for them all at most {@code bound}. The window can close at once; what is not released by
 * then is let go by the holders' lease.
 */
public final class QuitRelease {

    private QuitRelease() {
    }

    /**
     * Starts the releases and returns at once.
     *
     * @return completes with how many releases finished within the bound
     */
    public static CompletableFuture<Integer> start(List<Runnable> releases, Duration bound) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (releases.isEmpty()) {
            done.complete(0);
            return done;
        }
        AtomicInteger finished = new AtomicInteger();
        List<CompletableFuture<Void>> running = releases.stream().map(r -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    r.run();
                    finished.incrementAndGet();
                } finally {
                    f.complete(null);
                }
            }, "quit-release");
            t.setDaemon(true);
            t.start();
            return f;
        }).toList();
        Thread waiter = new Thread(() -> {
            try {
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // the bound passed: the lease lets go of the rest
            }
            done.complete(finished.get());
        }, "quit-release-wait");
        waiter.setDaemon(false);
        waiter.start();
        return done;
    }
}
