package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * One step of a stepped scale: sets the replicas from {@code from} to {@code to} and waits until
 * that many tasks run (swarm counts a task with a healthcheck as running once it is healthy). The
 * wait is not cut by a cancel, so a cancelled scale stops between steps. When the new tasks cannot
 * start, the step scales back to {@code from} itself before it fails; its undo does the same after
 * a later step failed. A quorum service is checked again before a step down: the members healthy
 * now must keep a majority.
 */
public final class ScaleServiceStep implements Step {

    private final SwarmServices services;
    private final ServiceState service;
    private final int from;
    private final int to;
    private final Duration timeout;
    private final boolean quorumCheck;

    public ScaleServiceStep(SwarmServices services, ServiceState service, int from, int to, Duration timeout,
                            boolean quorumCheck) {
        this.services = services;
        this.service = service;
        this.from = from;
        this.to = to;
        this.timeout = timeout;
        this.quorumCheck = quorumCheck;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    private String key() {
        return "scaled:" + service.id() + ":" + to;
    }

    @Override
    public String description() {
        return "Scale " + service.name() + " from " + from + " to " + to + " replicas and wait until "
                + (to == 0 ? "none runs" : to + " run" + (service.healthcheck() ? " healthy" : ""))
                + " (up to " + timeout.toSeconds() + " s)";
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ctx.cancel().throwIfCancelled();
        if (quorumCheck && to < from) {
            int healthy = SwarmServices.running(services.tasks(service.id()));
            int unhealthy = Math.max(0, from - healthy);
            if (from - to > unhealthy + ScaleSchedule.removableAtOnce(healthy)) {
                throw new IllegalStateException(service.name() + " has " + healthy + " healthy members now: going from "
                        + from + " to " + to + " could leave fewer than a majority of them (" + ScaleSchedule.majority(healthy)
                        + "), so the quorum check stopped the scale.");
            }
        }
        Set<String> before = services.taskIds(service.id());
        services.setReplicas(service.id(), to);
        HostChange change = HostChange.of(ChangeKind.SCALED_SERVICE, service.id(), Map.of("replicas", Integer.toString(from)),
                "scaled " + service.name() + " from " + from + " to " + to + " replicas");
        ctx.changed(change);
        ctx.put(key(), change);
        try {
            services.awaitReplicas(service, to, before, timeout, null, running -> ctx.progress(running, to, ProgressUnit.ITEMS));
        } catch (Exception e) {
            String back = scaleBack(ctx, change);
            throw new IllegalStateException(e.getMessage() + back, e);
        }
        ctx.note(service.name() + ": " + to + " replicas running");
    }

    private String scaleBack(StepContext ctx, HostChange change) {
        try {
            Set<String> before = services.taskIds(service.id());
            services.setReplicas(service.id(), from);
            services.awaitReplicas(service, from, before, timeout, null, running -> { });
            ctx.resolved(change);
            return " Back at " + from + " replicas.";
        } catch (Exception again) {
            return " Going back to " + from + " replicas failed too: " + again.getMessage();
        }
    }

    @Override
    public void undo(StepContext ctx) throws Exception {
        var change = ctx.get(key(), HostChange.class);
        if (change.isEmpty()) {
            return;
        }
        Set<String> before = services.taskIds(service.id());
        services.setReplicas(service.id(), from);
        services.awaitReplicas(service, from, before, timeout, null, running -> ctx.progress(running, from, ProgressUnit.ITEMS));
        ctx.resolved(change.get());
    }
}
