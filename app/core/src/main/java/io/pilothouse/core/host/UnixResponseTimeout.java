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
 * Gives requests over a unix socket the response timeout TCP connections have. docker-java's unix
 * socket ignores read timeouts, so an engine that accepts and never answers would hold the caller
 * forever; here a watchdog interrupts the caller when no response has come within the timeout, which
 * closes that connection's channel (it is interruptible) and fails the request as a timeout. Only the
 * wait for the response head is bounded, as with TCP: streams then run as long as they run.
 */
final class UnixResponseTimeout implements DockerHttpClient {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "unix-socket-response-timeout");
        t.setDaemon(true);
        return t;
    });

    private final DockerHttpClient delegate;
    private final Duration timeout;

    UnixResponseTimeout(DockerHttpClient delegate, Duration timeout) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Response execute(Request request) {
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(watch::fire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return delegate.execute(request);
        } catch (RuntimeException e) {
            if (watch.fired()) {
                SocketTimeoutException timedOut = new SocketTimeoutException(
                        "no answer to " + request.method() + " " + request.path() + " within " + timeout.toMillis() + " ms");
                timedOut.initCause(e);
                throw new RuntimeException(timedOut);
            }
            throw e;
        } finally {
            alarm.cancel(false);
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
