package io.pilothouse.core.host;

import io.pilothouse.core.host.ConnectionFailure.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps one host connected: connects off the caller's thread, watches the session, and when the
 * engine goes away shows the host as disconnected and reconnects with backoff (1 s doubling to
 * 30 s). Failures that need the user (trust, authentication) are not retried by themselves.
 * Listeners are called on a background thread.
 */
public final class HostConnection implements AutoCloseable {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration HEALTH_INTERVAL = Duration.ofSeconds(5);
    /** Every this many health checks, the engine is probed again and the status carries fresh info. */
    static final int PROBE_EVERY = 6;

    private static final Logger LOG = LoggerFactory.getLogger(HostConnection.class);

    /** Failures that trying again cannot fix: a person has to change a setting, a file or the engine. */
    private static final Set<Kind> NEEDS_USER = EnumSet.of(
            Kind.TLS_UNTRUSTED_CA, Kind.TLS_CLIENT_CERT_MISSING, Kind.TLS_CLIENT_CERT_REJECTED,
            Kind.TLS_HOSTNAME_MISMATCH, Kind.TLS_FILES_INVALID, Kind.TLS_NOT_TLS,
            Kind.SSH_AUTH_FAILED, Kind.SSH_PASSPHRASE_REQUIRED, Kind.SSH_WRONG_PASSPHRASE, Kind.SSH_KEY_INVALID,
            Kind.SSH_UNKNOWN_HOST_KEY, Kind.SSH_HOST_KEY_CHANGED, Kind.SSH_FORWARDING_REFUSED,
            Kind.SOCKET_PERMISSION_DENIED, Kind.REMOTE_SOCKET_PERMISSION_DENIED,
            Kind.API_TOO_OLD, Kind.NOT_DOCKER);

    private final HostProfile profile;
    private final ConnectionFactory factory;
    private final ConnectOptions options;
    private final Duration healthInterval;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final List<Consumer<HostStatus>> listeners = new CopyOnWriteArrayList<>();

    private volatile HostStatus status = HostStatus.idle();
    private volatile HostSession session;
    private volatile boolean closed;
    private volatile Thread worker;
    // touched only on the connection's own thread
    private ScheduledFuture<?> pending;
    private Duration backoff = FIRST_BACKOFF;
    private int healthChecks;

    public HostConnection(HostProfile profile, ConnectionFactory factory, ConnectOptions options) {
        this(profile, factory, options, HEALTH_INTERVAL, Clock.systemUTC());
    }

    HostConnection(HostProfile profile, ConnectionFactory factory, ConnectOptions options, Duration healthInterval,
                   Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.options = Objects.requireNonNull(options, "options");
        this.healthInterval = Objects.requireNonNull(healthInterval, "healthInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "host-connection-" + profile.name());
            t.setDaemon(true);
            worker = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    public HostProfile profile() {
        return profile;
    }

    /** Starts connecting (returns at once). When FAILED or DISCONNECTED, tries again now with a fresh backoff. */
    public void connect() {
        run(() -> {
            HostSession s = session;
            if (status.state() == HostStatus.State.CONNECTED && s != null && s.isOpen()) {
                return;
            }
            cancelPending();
            dropSession();
            backoff = FIRST_BACKOFF;
            attempt();
        });
    }

    /** Closes the session and stops reconnecting; the host shows as IDLE. */
    public void disconnect() {
        run(() -> {
            cancelPending();
            dropSession();
            backoff = FIRST_BACKOFF;
            publish(HostStatus.idle());
        });
    }

    public HostStatus status() {
        return status;
    }

    public Optional<HostSession> session() {
        HostSession s = session;
        return status.state() == HostStatus.State.CONNECTED && s != null ? Optional.of(s) : Optional.empty();
    }

    /** {@code listener} hears every status change from now on. */
    public void addListener(Consumer<HostStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // closing the session from here aborts a health call blocked on the connection's thread
        HostSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
        thread.shutdownNow();
        if (Thread.currentThread() == worker) {
            status = HostStatus.idle(); // closed from a listener: the thread ends when the listener returns
            return;
        }
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.debug("the connection thread of {} is still finishing a call", profile.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        status = HostStatus.idle();
    }

    static boolean needsUser(ConnectionFailure failure) {
        return NEEDS_USER.contains(failure.kind());
    }

    /** The wait after {@code current}: doubled, at most 30 s. */
    static Duration nextBackoff(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    // ---- on the connection's thread -----------------------------------------------------------------

    private void attempt() {
        if (closed) {
            return;
        }
        publish(HostStatus.connecting());
        HostSession opened;
        try {
            opened = factory.connect(profile, options);
        } catch (RuntimeException e) {
            failed(ConnectionFailureTranslator.translate(profile, e, options.connectTimeout()));
            return;
        }
        if (closed) {
            opened.close();
            return;
        }
        session = opened;
        backoff = FIRST_BACKOFF;
        healthChecks = 0;
        publish(new HostStatus(HostStatus.State.CONNECTED, Optional.of(opened.info()), Optional.empty(),
                Optional.empty()));
        pending = schedule(this::checkHealth, healthInterval);
    }

    private void checkHealth() {
        HostSession s = session;
        if (closed || s == null) {
            return;
        }
        try {
            if (!s.isOpen()) {
                throw new ConnectionFailure(Kind.DISCONNECTED, "The transport to host "
                        + ConnectionFailureTranslator.describe(profile) + " has closed.");
            }
            if (++healthChecks % PROBE_EVERY == 0) {
                EngineInfo fresh = s.probe(); // ping, version, info: counts and latency as they are now
                publish(new HostStatus(HostStatus.State.CONNECTED, Optional.of(fresh), Optional.empty(),
                        Optional.empty()));
            } else {
                s.docker().pingCmd().exec(); // bounded by the session's response timeout
            }
            pending = schedule(this::checkHealth, healthInterval);
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            ConnectionFailure cause = ConnectionFailureTranslator.translate(profile, e, options.responseTimeout());
            dropSession();
            failed(needsUser(cause) || cause.kind() == Kind.DISCONNECTED ? cause
                    : ConnectionFailureTranslator.disconnected(profile, cause));
        }
    }

    private void failed(ConnectionFailure failure) {
        if (closed) {
            return;
        }
        if (needsUser(failure)) {
            publish(new HostStatus(HostStatus.State.FAILED, Optional.empty(), Optional.of(failure), Optional.empty()));
            return;
        }
        Duration wait = backoff;
        backoff = nextBackoff(backoff);
        publish(new HostStatus(HostStatus.State.DISCONNECTED, Optional.empty(), Optional.of(failure),
                Optional.of(clock.instant().plus(wait))));
        pending = schedule(this::attempt, wait);
    }

    private void publish(HostStatus next) {
        status = next;
        for (Consumer<HostStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("a status listener of {} failed", profile.name(), e);
            }
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void dropSession() {
        HostSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return thread.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // closed meanwhile
        }
    }

    private void run(Runnable task) {
        if (closed) {
            throw new IllegalStateException("The connection to " + profile.name() + " is closed");
        }
        try {
            thread.execute(guarded(task));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("The connection to " + profile.name() + " is closed", e);
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("unexpected failure on the connection thread of {}", profile.name(), e);
            }
        };
    }
}
