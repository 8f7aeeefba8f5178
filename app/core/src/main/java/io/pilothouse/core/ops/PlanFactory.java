package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostSession;

/**
 * Builds a {@link Plan} from a request by looking at the host as it is now (which containers use a
 * volume, what runs, what is stopped). Throws {@link IllegalArgumentException} with a sentence when
 * the request does not fit the host (no such container).
 */
@FunctionalInterface
public interface PlanFactory<R extends PlanRequest> {

    Plan build(R request, HostSession session) throws Exception;
}
