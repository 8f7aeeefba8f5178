package io.pilothouse.core.ops;

/** What a plan did to a host that must be taken back if the plan does not finish (even after a crash). */
public enum ChangeKind {
    /** A container the plan stopped: taken back by starting it. */
    STOPPED_CONTAINER,
    /** A container the plan paused: taken back by unpausing it. */
    PAUSED_CONTAINER,
    /** A container the plan renamed aside: details "from" (original name); taken back by renaming it back. */
    RENAMED_CONTAINER,
    /** A container the plan created (helper, replacement, replica): taken back by removing it. */
    CREATED_CONTAINER,
    /** A volume the plan created: taken back by removing it. */
    CREATED_VOLUME,
    /** A container the plan took off a network: details "network", "aliases" (comma separated), "ipv4"; taken back by connecting it again. */
    DISCONNECTED_NETWORK,
    /**
     * Network aliases the plan took from a container that stays connected (a blue/green switch): details
     * "network", "aliases" (all it had there, comma separated), "ipv4"; taken back by connecting it again with them.
     */
    REMOVED_ALIASES,
    /** A swarm service whose replicas the plan changed: details "replicas" (the count before). */
    SCALED_SERVICE,
    /**
     * A swarm service the plan updated: details "spec" (the service's spec before, as docker-java's
     * ServiceSpec JSON); taken back by updating the service to that spec again.
     */
    UPDATED_SERVICE,
    /** A swarm node whose availability the plan changed: details "availability" (active, pause or drain before). */
    NODE_AVAILABILITY
}
