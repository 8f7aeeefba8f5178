package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a host is reached: the local unix socket, TCP with TLS, or SSH to the remote socket. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = UnixSocketTransport.class, name = "unix"),
        @JsonSubTypes.Type(value = TlsTransport.class, name = "tls"),
        @JsonSubTypes.Type(value = SshTransport.class, name = "ssh")
})
public sealed interface TransportConfig permits UnixSocketTransport, TlsTransport, SshTransport {

    /** The address as a person writes it: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host:22. */
    String url();

    /** The host name shown to people and typed into the production guard. */
    String displayHost();
}
