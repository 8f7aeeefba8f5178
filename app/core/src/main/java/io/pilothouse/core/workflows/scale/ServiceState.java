package io.pilothouse.core.workflows.scale;

/**
 * A swarm service as a scale sees it.
 *
 * @param replicas the replicas asked for, or -1 for a global service
 * @param running  tasks that should run and do (with a healthcheck, swarm counts a task running once healthy)
 * @param quorum   labelled {@code io.pilothouse.quorum=majority}
 */
public record ServiceState(String id, String name, long version, int replicas, int running, boolean quorum,
                           boolean healthcheck) {

    public static final String QUORUM_LABEL = "io.pilothouse.quorum";

    public boolean global() {
        return replicas < 0;
    }
}
