package io.pilothouse.core.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import io.pilothouse.core.containers.ContainerActionResult.Outcome;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.ProductionGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Start, stop, restart, pause, unpause, kill and remove containers of one host. Every call goes
 * through the production guard (the caller passes what the user typed), runs off the caller's
 * thread with a timeout, and writes one journal entry per container.
 */
public final class ContainerActions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerActions.class);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final HostSession session;
    private final Journal journal;
    private final ProductionGuard guard;
    private final ExecutorService pool;

    public ContainerActions(HostSession session, Journal journal, ProductionGuard guard) {
        this.session = session;
        this.journal = journal;
        this.guard = guard;
        int n = SEQ.incrementAndGet();
        AtomicInteger t = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread th = new Thread(r, "container-actions-" + n + "-" + t.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
    }

    /**
     * Runs {@code action} on each container (id, id prefix or name), in parallel, and completes with
     * one result per container in the order given. Never completes exceptionally: failures are results.
     *
     * @param typedConfirmation what the user typed for the production guard (null when nothing was asked)
     */
    public CompletableFuture<List<ContainerActionResult>> run(ContainerAction action, List<String> containers,
                                                              ActionOptions options, String typedConfirmation) {
        HostProfile host = session.profile();
        if (!guard.confirms(host, typedConfirmation)) {
            String why = host.name() + " is a production host: to " + action.describe(containers.size())
                    + " its name must be typed out" + (typedConfirmation == null || typedConfirmation.isBlank()
                    ? "" : " (\"" + typedConfirmation.strip() + "\" is not \"" + host.name() + "\")") + "; nothing was done.";
            List<ContainerActionResult> refused = new ArrayList<>();
            for (String c : containers) {
                ContainerActionResult r = new ContainerActionResult(c, c, action, Outcome.REFUSED, why, Duration.ZERO);
                record(host, r, c);
                refused.add(r);
            }
            return CompletableFuture.completedFuture(List.copyOf(refused));
        }
        List<CompletableFuture<ContainerActionResult>> each = new ArrayList<>();
        for (String c : containers) {
            each.add(one(host, action, c, options));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<ContainerActionResult> one(HostProfile host, ContainerAction action, String container,
                                                         ActionOptions options) {
        long limit = options.callTimeout().plus(action == ContainerAction.STOP || action == ContainerAction.RESTART
                ? options.stopGrace() : Duration.ZERO).toMillis();
        long start = System.nanoTime();
        String[] resolved = {container, container};
        return CompletableFuture.supplyAsync(() -> {
                    DockerClient docker = session.docker();
                    InspectContainerResponse before = docker.inspectContainerCmd(container).exec();
                    resolved[0] = before.getId();
                    resolved[1] = before.getName() == null ? container : before.getName().replaceFirst("^/", "");
                    return perform(docker, action, before.getId(), options);
                }, pool)
                .orTimeout(limit, TimeUnit.MILLISECONDS)
                .handle((outcome, error) -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    ContainerActionResult r;
                    if (error == null) {
                        r = new ContainerActionResult(container, resolved[1], action, outcome, sentence(action, outcome), took);
                    } else {
                        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                        if (e instanceof NotModifiedException) {
                            r = new ContainerActionResult(container, resolved[1], action, Outcome.UNCHANGED,
                                    sentence(action, Outcome.UNCHANGED), took);
                        } else {
                            r = new ContainerActionResult(container, resolved[1], action, Outcome.FAILED,
                                    failure(host, action, resolved[1], e, limit), took);
                        }
                    }
                    record(host, r, resolved[0]);
                    return r;
                });
    }

    private static Outcome perform(DockerClient docker, ContainerAction action, String id, ActionOptions o) {
        int grace = (int) Math.max(0, o.stopGrace().toSeconds());
        switch (action) {
            case START -> docker.startContainerCmd(id).exec();
            case STOP -> docker.stopContainerCmd(id).withTimeout(grace).exec();
            case RESTART -> docker.restartContainerCmd(id).withTimeout(grace).exec();
            case PAUSE -> docker.pauseContainerCmd(id).exec();
            case UNPAUSE -> docker.unpauseContainerCmd(id).exec();
            case KILL -> docker.killContainerCmd(id).exec();
            case REMOVE -> docker.removeContainerCmd(id).withRemoveVolumes(o.removeVolumes()).withForce(o.force()).exec();
        }
        return Outcome.DONE;
    }

    private static String sentence(ContainerAction action, Outcome outcome) {
        if (outcome == Outcome.UNCHANGED) {
            return switch (action) {
                case START -> "was already running";
                case STOP -> "was already stopped";
                default -> "nothing to do";
            };
        }
        return switch (action) {
            case START -> "started";
            case STOP -> "stopped";
            case RESTART -> "restarted";
            case PAUSE -> "paused";
            case UNPAUSE -> "unpaused";
            case KILL -> "killed";
            case REMOVE -> "removed";
        };
    }

    private static String failure(HostProfile host, ContainerAction action, String name, Throwable e, long limitMs) {
        if (e instanceof NotFoundException) {
            return "There is no container \"" + name + "\" on " + host.name() + ".";
        }
        if (e instanceof TimeoutException) {
            return "The engine of " + host.name() + " did not finish " + action.word() + " of " + name
                    + " within " + limitMs + " ms.";
        }
        String m = e instanceof DockerException de ? engineMessage(de) : e.getMessage();
        if (e instanceof ConflictException) {
            return "The engine refused to " + verb(action) + " " + name + ": " + m;
        }
        return "Could not " + verb(action) + " " + name + " on " + host.name() + ": " + (m == null ? e.getClass().getSimpleName() : m);
    }

    private static String verb(ContainerAction a) {
        return a == ContainerAction.REMOVE ? "remove" : a.word();
    }

    private static String engineMessage(DockerException e) {
        String body = e.getMessage() == null ? "" : e.getMessage();
        int i = body.indexOf("\"message\":\"");
        if (i >= 0) {
            int end = body.indexOf('"', i + 11);
            return end > i ? body.substring(i + 11, end) : body;
        }
        return body.replaceFirst("^Status \\d+: ", "").strip();
    }

    private void record(HostProfile host, ContainerActionResult r, String id) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("container", r.name());
        details.put("id", id);
        details.put("result", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        details.put("message", r.message());
        details.put("tookMs", Long.toString(r.took().toMillis()));
        try {
            journal.append(JournalEntry.now(host, r.action().journalEvent(),
                    r.action().word() + " " + r.name() + ": " + r.message(), details));
        } catch (RuntimeException e) {
            LOG.warn("Could not journal {} of {}: {}", r.action().word(), r.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
