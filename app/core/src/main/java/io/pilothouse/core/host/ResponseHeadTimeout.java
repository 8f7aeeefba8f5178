package io.pilothouse.core.host;

import com.github.dockerjava.transport.DockerHttpClient;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the wait for each response's head by the response timeout, and only that: once the head
 * is in, a body (a log, event or attach stream) may stay silent as long as its reader wants, as
 * over SSH. Over TLS the sockets read this deadline (see {@link TimedSslContext}); over a unix
 * socket, which ignores read timeouts, a watchdog interrupts the waiting caller, which closes that
 * connection's interruptible channel.
 */
final class ResponseHeadTimeout implements DockerHttpClient {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "response-head-timeout");
        t.setDaemon(true);
        return t;
    });

    private final DockerHttpClient delegate;
    private final Duration timeout;
    private final boolean interrupt;

    /** {@code interrupt}: also interrupt the caller at the deadline (for channels that ignore read timeouts). */
    ResponseHeadTimeout(DockerHttpClient delegate, Duration timeout, boolean interrupt) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.interrupt = interrupt;
    }

    /**
     * Milliseconds left for the response head the current thread waits for; -1 when it waits for none
     * (reading a body, or not in a request at all).
     */
    static long remainingMillis() {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return -1;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    @Override
    public Response execute(Request request) {
        Long outer = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + timeout.toNanos());
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = interrupt
                ? WATCHDOG.schedule(watch::fire, timeout.toMillis(), TimeUnit.MILLISECONDS) : null;
        try {
            return delegate.execute(request);
        } catch (RuntimeException e) {
            if (watch.fired()) {
                SocketTimeoutException timedOut = new SocketTimeoutException("no answer to " + request.method() + " "
                        + request.path() + " within " + timeout.toMillis() + " ms");
                timedOut.initCause(e);
                throw new RuntimeException(timedOut);
            }
            throw e;
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
            if (alarm != null) {
                alarm.cancel(false);
            }
            if (watch.finish()) {
                Thread.interrupted(); // the interrupt was ours: do not leak it to the caller
            }
        }
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    /** Interrupts its thread at most once, and only while the request is still waiting. */
    private static final class Watch {
        private final Thread caller;
        private boolean done;
        private boolean fired;

        Watch(Thread caller) {
            this.caller = caller;
        }

        synchronized void fire() {
            if (!done) {
                fired = true;
                caller.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        /** Marks the request finished; true if the watchdog had fired. */
        synchronized boolean finish() {
            done = true;
            return fired;
        }
    }
}
