package io.pilothouse.desktop.ui.scale;

import com.github.dockerjava.api.model.Container;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.workflows.scale.NodeTasks;
import io.pilothouse.core.workflows.scale.Replica;
import io.pilothouse.core.workflows.scale.ReplicasPlanFactory;
import io.pilothouse.core.workflows.scale.ReplicasRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.core.workflows.scale.ScaleServicePlanFactory;
import io.pilothouse.core.workflows.scale.ScaleServiceRequest;
import io.pilothouse.core.workflows.scale.ServiceState;
import io.pilothouse.core.workflows.scale.SwarmServices;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The scale wizard over a connected session: the same factories the CLI and plan files use. */
public final class CoreScalePort implements ScalePort {

    private final HostSession session;

    public CoreScalePort(HostSession session) {
        this.session = session;
    }

    @Override
    public HostProfile host() {
        return session.profile();
    }

    @Override
    public ScaleTargetState state(Target target) {
        if (target.kind() == TargetKind.SERVICE) {
            SwarmServices services = new SwarmServices(EngineApi.of(session.docker()));
            ServiceState s = services.inspect(target.name());
            if (s.global()) {
                return new ScaleTargetState(-1, "Global service, one task per node: " + services.perNode(s).stream()
                        .map(NodeTasks::describe).collect(Collectors.joining("; ")), List.of());
            }
            return new ScaleTargetState(s.replicas(), s.replicas() + (s.replicas() == 1 ? " replica" : " replicas") + " asked, " + s.running() + " running"
                    + (s.quorum() ? " (quorum service: it keeps a majority)" : ""), List.of());
        }
        List<Replica> set = new ReplicasPlanFactory().replicasOf(session, target.name());
        String app = set.get(0).name();
        List<Container> running = session.docker().listContainersCmd().exec();
        List<String> proxies = new ArrayList<>();
        running.stream()
                .filter(c -> c.getNames() != null && c.getNames().length > 0)
                .filter(c -> c.getLabels() == null || !app.equals(c.getLabels().get(Replica.LABEL)))
                .sorted(Comparator.comparing((Container c) -> !String.valueOf(c.getImage()).contains("nginx"))
                        .thenComparing(c -> c.getNames()[0]))
                .forEach(c -> {
                    String name = c.getNames()[0].replaceFirst("^/", "");
                    if (!name.equals(app)) {
                        proxies.add(name);
                    }
                });
        long up = set.stream().filter(Replica::running).count();
        return new ScaleTargetState(set.size(), set.size() == 1 ? "1 container, no replicas yet"
                : set.size() + " containers (" + up + " running): " + set.stream().map(Replica::name).collect(Collectors.joining(", ")),
                proxies);
    }

    @Override
    public ScalePreview preview(PlanRequest request) throws Exception {
        if (request instanceof ScaleServiceRequest s) {
            return new ScaleServicePlanFactory().preview(s, new SwarmServices(EngineApi.of(session.docker())),
                    session.profile().id(), session.profile().name());
        }
        if (request instanceof ReplicasRequest r) {
            return new ReplicasPlanFactory().preview(r, session);
        }
        throw new IllegalArgumentException("The scale wizard does not make " + request.getClass().getSimpleName() + " plans");
    }
}
