package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.PlanResult;

import java.util.List;

/** How a platform upgrade ended: the plan's result and each service's outcome, in upgrade order. */
public record PlatformReport(PlanResult result, List<ServiceOutcome> services) {

    public PlatformReport {
        services = List.copyOf(services);
    }
}
