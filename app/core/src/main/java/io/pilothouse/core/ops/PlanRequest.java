package io.pilothouse.core.ops;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a plan file holds: the kind of workflow, the host (a saved host's name) and the workflow's
 * parameters, not the steps. When the file is run, the kind's {@link PlanFactory} inspects the host
 * as it is then and builds the {@link Plan} again, so a plan saved from a wizard runs unchanged from
 * the CLI. Each workflow's request is a record implementing this, registered with its kind in a
 * {@link PlanFactoryRegistry}; Jackson writes the kind as the {@code kind} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
public interface PlanRequest {

    /** The saved host's name the plan runs on. */
    String host();
}
