package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Exclusive {@code flock}s on paths inside a container, held by a process there for as long as this
 * object lives and keeps sending heartbeats. Taking them is all or none: a path locked by someone
 * else is refused with who holds it and since when. If heartbeats stop (the app was killed, the
 * connection dropped), the holder lets go after the lease and ends the session's maintenance shell.
 */
public final class MaintenanceLock {

    /** The environment entry the holder carries ({@code PILOTHOUSE_LOCK=<session>}). */
    public static final String HOLDER_VARIABLE = "PILOTHOUSE_LOCK";

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceLock.class);

    private final DockerClient docker;
    private final LockRequest request;
    private final String sessionId;
    private final String shellMarker;
    private final ByteQueueInputStream stdin = new ByteQueueInputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> released = new CompletableFuture<>();
    private final ScheduledExecutorService heartbeat;
    private volatile Closeable callback;
    private volatile Instant since;
    private volatile String execId;

    private MaintenanceLock(DockerClient docker, LockRequest request, String sessionId, String shellMarker) {
        this.docker = docker;
        this.request = request;
        this.sessionId = sessionId;
        this.shellMarker = shellMarker;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "maintenance-heartbeat-" + request.container());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes every lock or none.
     *
     * @param shellMarker the environment entry (NAME=VALUE) of the shell the holder ends when it lets go
     * @throws LockRefusedException when a path is missing or held by someone else (nothing is then held)
     */
    public static MaintenanceLock acquire(DockerClient docker, LockRequest request, String sessionId,
                                          String shellMarker, Duration timeout) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new LockRefusedException(String.join(" ", problems), null);
        }
        MaintenanceLock lock = new MaintenanceLock(docker, request, sessionId, shellMarker);
        try {
            lock.start(timeout);
            return lock;
        } catch (RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    private void start(Duration timeout) {
        Instant asked = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", LockHolderScript.TEXT, LockHolderScript.NAME,
                Long.toString(request.lease().toSeconds()), request.who(), sessionId, shellMarker, asked.toString()));
        cmd.addAll(request.paths());
        execId = docker.execCreateCmd(request.container()).withAttachStdin(true).withAttachStdout(true)
                .withAttachStderr(true).withUser("0").withEnv(List.of(HOLDER_VARIABLE + "=" + sessionId))
                .withCmd(cmd.toArray(String[]::new)).exec().getId();
        StringBuilder partial = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        callback = docker.execStartCmd(execId).withStdIn(stdin).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
                if (frame.getStreamType() == StreamType.STDERR) {
                    if (errors.length() < 4096) {
                        errors.append(text);
                    }
                    return;
                }
                partial.append(text);
                int nl;
                while ((nl = partial.indexOf("\n")) >= 0) {
                    String line = partial.substring(0, nl).strip();
                    partial.delete(0, nl + 1);
                    lines.add(line);
                    if (line.startsWith("RELEASED")) {
                        released.complete(line.substring("RELEASED".length()).strip());
                    }
                }
            }

            @Override
            public void onError(Throwable throwable) {
                lines.add("ERROR " + throwable.getMessage());
                released.complete("connection lost");
            }

            @Override
            public void onComplete() {
                lines.add("END");
                released.complete("holder ended");
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line;
            try {
                line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockRefusedException("Interrupted while taking the locks in " + request.container()
                        + "; nothing is held.", null);
            }
            if (line == null) {
                throw new LockRefusedException("The locks in " + request.container() + " were not taken within "
                        + timeout.toSeconds() + " s; nothing is held.", null);
            }
            if (line.startsWith("HELD")) {
                since = asked;
                long every = Math.max(500, request.lease().toMillis() / 3);
                heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
                return;
            }
            refuseOn(line, errors);
        }
    }

    private void refuseOn(String line, StringBuilder errors) {
        String c = request.container();
        if (line.startsWith("BUSY ")) {
            String rest = line.substring(5);
            String path = request.paths().stream().filter(rest::startsWith).findFirst().orElse(rest);
            LockHolder holder = LockHolder.parse(path, rest.substring(Math.min(rest.length(), path.length())));
            throw new LockRefusedException(holder.sentence() + " (in " + c
                    + "); no lock was taken.", holder);
        }
        if (line.startsWith("MISSING ")) {
            throw new LockRefusedException(line.substring(8) + " does not exist in " + c + "; no lock was taken.", null);
        }
        if (line.startsWith("UNREADABLE ")) {
            throw new LockRefusedException(line.substring(11) + " cannot be opened in " + c
                    + "; no lock was taken.", null);
        }
        if (line.equals("END") || line.startsWith("ERROR")) {
            String err = errors.toString().strip();
            throw new LockRefusedException("The lock holder in " + c + " ended before taking the locks"
                    + (err.isEmpty() ? "" : ": " + err) + "; nothing is held.", null);
        }
        // NOINFO and other notes: keep waiting
        LOG.debug("lock holder in {}: {}", c, line);
    }

    private void beat() {
        if (!released.isDone()) {
            stdin.offer("hb\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    public LockRequest request() {
        return request;
    }

    public String sessionId() {
        return sessionId;
    }

    /** When the locks were taken. */
    public Instant since() {
        return since;
    }

    /** Completes with how the holder let go ("released", "lapsed", "connection lost", "holder ended"). */
    public CompletableFuture<String> released() {
        return released;
    }

    public boolean held() {
        return since != null && !released.isDone();
    }

    /** Stops the heartbeats, as a frozen app would: the lease then runs out. */
    void stopHeartbeats() {
        heartbeat.shutdownNow();
    }

    private void abandon() {
        heartbeat.shutdownNow();
        closeStream();
    }

    /**
     * Lets go of every lock and waits for the holder to confirm.
     *
     * @return the sentence saying whether the locks are free
     */
    public CloseReport close() {
        heartbeat.shutdownNow();
        if (since == null) {
            closeStream();
            return CloseReport.ended("No lock was held.");
        }
        if (!released.isDone()) {
            stdin.offer("release\n".getBytes(StandardCharsets.US_ASCII));
        }
        String how;
        try {
            how = released.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            how = null;
        }
        stdin.close();
        closeStream();
        String paths = String.join(", ", request.paths());
        if (how == null || how.equals("connection lost")) {
            return CloseReport.notEnded("Could not confirm that " + paths + " in " + request.container()
                    + " were released; the holder lets go by itself within the lease ("
                    + request.lease().toSeconds() + " s).");
        }
        return CloseReport.ended("Released " + paths + " in " + request.container() + ".");
    }

    private void closeStream() {
        stdin.close();
        Closeable cb = callback;
        if (cb != null) {
            try {
                cb.close();
            } catch (Exception e) {
                LOG.debug("closing the holder stream: {}", e.toString());
            }
        }
    }
}
