package io.pilothouse.core.model;

import java.util.Objects;

/**
 * A swarm node.
 *
 * @param role         "manager" or "worker"
 * @param availability "active", "pause" or "drain"
 * @param status       "ready", "down", ...
 */
public record NodeInfo(String id, String hostname, String role, String availability, String status,
                       boolean leader, String engineVersion, String address) {

    public NodeInfo {
        Objects.requireNonNull(id, "id");
        hostname = hostname == null ? "" : hostname;
        role = role == null ? "" : role;
        availability = availability == null ? "" : availability;
        status = status == null ? "" : status;
        engineVersion = engineVersion == null ? "" : engineVersion;
        address = address == null ? "" : address;
    }
}
