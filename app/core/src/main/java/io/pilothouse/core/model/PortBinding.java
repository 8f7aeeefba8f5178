package io.pilothouse.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A port of a container or service: the container (target) port and protocol, and where it is
 * published on the host, if it is.
 */
public record PortBinding(int containerPort, String protocol, Optional<String> hostIp, Optional<Integer> hostPort) {

    public PortBinding {
        protocol = protocol == null || protocol.isBlank() ? "tcp" : protocol;
        hostIp = Objects.requireNonNullElse(hostIp, Optional.empty());
        hostPort = Objects.requireNonNullElse(hostPort, Optional.empty());
    }

    public static PortBinding exposed(int containerPort, String protocol) {
        return new PortBinding(containerPort, protocol, Optional.empty(), Optional.empty());
    }

    public static PortBinding published(String hostIp, int hostPort, int containerPort, String protocol) {
        return new PortBinding(containerPort, protocol, Optional.ofNullable(hostIp).filter(s -> !s.isBlank()),
                Optional.of(hostPort));
    }

    public boolean isPublished() {
        return hostPort.isPresent();
    }

    /** "0.0.0.0:8080->80/tcp" or "80/tcp", as docker ps writes it. */
    public String display() {
        String target = containerPort + "/" + protocol;
        return hostPort.map(p -> hostIp.map(ip -> ip + ":").orElse("") + p + "->" + target).orElse(target);
    }
}
