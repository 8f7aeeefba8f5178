package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.time.Duration;

/** A scale to the count a service already has: checks that its replicas run, changes nothing. */
final class ReplicasCheckStep implements Step {

    private final SwarmServices services;
    private final ServiceState service;
    private final int replicas;
    private final Duration timeout;

    ReplicasCheckStep(SwarmServices services, ServiceState service, int replicas, Duration timeout) {
        this.services = services;
        this.service = service;
        this.replicas = replicas;
        this.timeout = timeout;
    }

    @Override
    public String description() {
        return service.name() + " already asks for " + replicas + " replicas: check that they run";
    }

    @Override
    public boolean mutating() {
        return false;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        services.awaitReplicas(service, replicas, services.taskIds(service.id()), timeout, ctx.cancel(),
                running -> ctx.progress(running, replicas, ProgressUnit.ITEMS));
    }
}
