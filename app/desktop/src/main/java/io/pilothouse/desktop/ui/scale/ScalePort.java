package io.pilothouse.desktop.ui.scale;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.desktop.ui.workspace.Target;

/** What the scale wizard needs from the core: the target as it is, and the plan for a request. */
public interface ScalePort {

    HostProfile host();

    ScaleTargetState state(Target target) throws Exception;

    /** The plan for a scale-service or scale-replicas request; an {@link IllegalArgumentException} with a sentence when refused. */
    ScalePreview preview(PlanRequest request) throws Exception;
}
