package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/** The engine's local unix socket. */
public record UnixSocketTransport(String socketPath) implements TransportConfig {

    public static final String DEFAULT_SOCKET = "/var/run/docker.sock";

    @JsonCreator
    public UnixSocketTransport(@JsonProperty("socketPath") String socketPath) {
        Objects.requireNonNull(socketPath, "socketPath");
        if (!socketPath.startsWith("/")) {
            throw new IllegalArgumentException("The socket path '" + socketPath + "' must be absolute");
        }
        this.socketPath = socketPath;
    }

    @Override
    public String url() {
        return "unix://" + socketPath;
    }

    @Override
    public String displayHost() {
        return "localhost";
    }
}
