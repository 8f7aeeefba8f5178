package io.pilothouse.core.ops;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.restart.RestartContainersPlanFactory;
import io.pilothouse.core.workflows.restart.RestartContainersRequest;
import io.pilothouse.core.workflows.scale.NodeAvailabilityPlanFactory;
import io.pilothouse.core.workflows.scale.NodeAvailabilityRequest;
import io.pilothouse.core.workflows.scale.ReplicasPlanFactory;
import io.pilothouse.core.workflows.scale.ReplicasRequest;
import io.pilothouse.core.workflows.scale.ScaleServicePlanFactory;
import io.pilothouse.core.workflows.scale.ScaleServiceRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflows a plan file may name: kind → request type and factory. {@link #standard()} holds
 * every workflow of the product; the CLI and the desktop app read and run plan files through it.
 */
public final class PlanFactoryRegistry {

    private record Entry<R extends PlanRequest>(String kind, Class<R> type, PlanFactory<R> factory) {
    }

    private final Map<String, Entry<?>> byKind = new LinkedHashMap<>();
    private final Map<Class<?>, Entry<?>> byType = new LinkedHashMap<>();

    /** Every workflow of the product. */
    public static PlanFactoryRegistry standard() {
        return new PlanFactoryRegistry()
                .register(RestartContainersRequest.KIND, RestartContainersRequest.class, new RestartContainersPlanFactory())
                .register(ScaleServiceRequest.KIND, ScaleServiceRequest.class, new ScaleServicePlanFactory())
                .register(NodeAvailabilityRequest.KIND, NodeAvailabilityRequest.class, new NodeAvailabilityPlanFactory())
                .register(ReplicasRequest.KIND, ReplicasRequest.class, new ReplicasPlanFactory());
    }

    /** Adds a workflow; its request is written with {@code kind: <kind>}. */
    public <R extends PlanRequest> PlanFactoryRegistry register(String kind, Class<R> type, PlanFactory<R> factory) {
        if (byKind.containsKey(kind)) {
            throw new IllegalArgumentException("The plan kind '" + kind + "' is registered twice");
        }
        Entry<R> e = new Entry<>(kind, type, factory);
        byKind.put(kind, e);
        byType.put(type, e);
        return this;
    }

    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }

    /** The kind a request is written as. */
    public String kindOf(PlanRequest request) {
        Entry<?> e = byType.get(request.getClass());
        if (e == null) {
            throw new IllegalArgumentException("The request type " + request.getClass().getSimpleName() + " is not a registered plan kind");
        }
        return e.kind();
    }

    List<NamedType> subtypes() {
        return byKind.values().stream().map(e -> new NamedType(e.type(), e.kind())).toList();
    }

    /** Builds the plan for {@code request} on the host {@code session} is connected to. */
    @SuppressWarnings("unchecked")
    public Plan build(PlanRequest request, HostSession session) throws Exception {
        Entry<PlanRequest> e = (Entry<PlanRequest>) byType.get(request.getClass());
        if (e == null) {
            throw new IllegalArgumentException("The request type " + request.getClass().getSimpleName() + " is not a registered plan kind");
        }
        return e.factory().build(request, session);
    }
}
