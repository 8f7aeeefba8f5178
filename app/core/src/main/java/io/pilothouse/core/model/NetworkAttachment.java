package io.pilothouse.core.model;

import java.util.List;

/** A container on a network: the network, the container's address and its DNS aliases there. */
public record NetworkAttachment(String networkName, String networkId, String ipAddress, List<String> aliases) {

    public NetworkAttachment {
        networkName = networkName == null ? "" : networkName;
        networkId = networkId == null ? "" : networkId;
        ipAddress = ipAddress == null ? "" : ipAddress;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
