package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A saved Docker host: its name, how it is reached, and the environment it belongs to. */
public record HostProfile(String id, String name, TransportConfig transport, Environment environment) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    @JsonCreator
    public HostProfile(@JsonProperty("id") String id, @JsonProperty("name") String name,
                       @JsonProperty("transport") TransportConfig transport,
                       @JsonProperty("environment") Environment environment) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transport, "transport");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The host name '" + name
                    + "' must start with a letter or digit and use only letters, digits, dots, dashes and underscores (at most 63)");
        }
        this.id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        this.name = name;
        this.transport = transport;
        this.environment = environment == null ? Environment.DEVELOPMENT : environment;
    }

    public static HostProfile create(String name, TransportConfig transport, Environment environment) {
        return new HostProfile(null, name, transport, environment);
    }

    public HostProfile withName(String newName) {
        return new HostProfile(id, newName, transport, environment);
    }

    public HostProfile withTransport(TransportConfig newTransport) {
        return new HostProfile(id, name, newTransport, environment);
    }

    public HostProfile withEnvironment(Environment newEnvironment) {
        return new HostProfile(id, name, transport, newEnvironment);
    }

    /** A copy with a fresh id, for "duplicate host". */
    public HostProfile duplicate(String newName) {
        return new HostProfile(null, newName, transport, environment);
    }
}
