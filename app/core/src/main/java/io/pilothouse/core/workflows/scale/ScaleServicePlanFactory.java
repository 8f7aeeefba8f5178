package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactory;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.workflows.upgrade.EngineApi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the stepped scale of a replicated swarm service: one {@link ScaleServiceStep} per count of
 * the {@link ScaleSchedule}, with an {@link IntervalStep} between two of them. A global service is
 * refused with its tasks per node; a quorum service's limits refuse what would lose the quorum.
 */
public final class ScaleServicePlanFactory implements PlanFactory<ScaleServiceRequest> {

    @Override
    public Plan build(ScaleServiceRequest request, HostSession session) {
        return preview(request, new SwarmServices(EngineApi.of(session.docker())), session.profile().id(),
                session.profile().name()).plan();
    }

    public ScalePreview preview(ScaleServiceRequest request, SwarmServices services, String hostId, String hostName) {
        ServiceState s = services.inspect(request.service());
        if (s.global()) {
            String nodes = services.perNode(s).stream().map(NodeTasks::describe).collect(Collectors.joining("; "));
            throw new IllegalArgumentException(s.name() + " is a global service: it runs one task on each eligible node ("
                    + nodes + "). Its count follows the nodes: change a node's availability or the service's placement instead.");
        }
        int from = s.replicas();
        ScaleSchedule schedule = ScaleSchedule.of(s.name(), from, request.replicas(), request.step(), s.running(),
                s.quorum(), request.force());
        List<String> warnings = new ArrayList<>(schedule.warnings());
        if (s.running() < from) {
            warnings.add("Only " + s.running() + " of the " + from + " replicas of " + s.name() + " run now.");
        }
        Duration interval = Duration.ofSeconds(request.intervalFor(from));
        Duration timeout = Duration.ofSeconds(request.timeoutSeconds());
        List<Step> steps = new ArrayList<>();
        int c = from;
        for (int next : schedule.counts()) {
            if (!steps.isEmpty() && !interval.isZero()) {
                steps.add(new IntervalStep(interval, "before the next step"));
            }
            steps.add(new ScaleServiceStep(services, s, c, next, timeout, s.quorum() && !request.force()));
            c = next;
        }
        if (steps.isEmpty()) {
            steps.add(new ReplicasCheckStep(services, s, from, timeout));
        }
        String title = "Scale service " + s.name() + " from " + from + " to " + request.replicas() + " replicas"
                + (schedule.counts().size() > 1 ? " in " + schedule.counts().size() + " steps" : "")
                + " on " + hostName;
        Plan plan = new Plan(Plan.newId("scale"), ScaleServiceRequest.KIND, hostId, title, steps);
        return new ScalePreview(plan, warnings);
    }
}
