package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * SSH to the remote engine's unix socket through a direct-streamlocal channel: no TCP port is
 * opened on the daemon. {@code host} may be an alias from ~/.ssh/config; {@code user} and
 * {@code port} may then be null and come from that file. The key's passphrase is never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SshTransport(String user, String host, Integer port, String identityFile, String knownHostsFile,
                           String remoteSocket) implements TransportConfig {

    public static final String DEFAULT_REMOTE_SOCKET = "/var/run/docker.sock";

    @JsonCreator
    public SshTransport(@JsonProperty("user") String user, @JsonProperty("host") String host,
                        @JsonProperty("port") Integer port, @JsonProperty("identityFile") String identityFile,
                        @JsonProperty("knownHostsFile") String knownHostsFile,
                        @JsonProperty("remoteSocket") String remoteSocket) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The SSH address has no host name");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("The port " + port + " is not between 1 and 65535");
        }
        if (remoteSocket != null && !remoteSocket.startsWith("/")) {
            throw new IllegalArgumentException("The remote socket path '" + remoteSocket + "' must be absolute");
        }
        this.user = user == null || user.isBlank() ? null : user;
        this.host = host;
        this.port = port;
        this.identityFile = identityFile == null || identityFile.isBlank() ? null : identityFile;
        this.knownHostsFile = knownHostsFile == null || knownHostsFile.isBlank() ? null : knownHostsFile;
        this.remoteSocket = remoteSocket == null || remoteSocket.isBlank() ? null : remoteSocket;
    }

    public String remoteSocketOrDefault() {
        return remoteSocket != null ? remoteSocket : DEFAULT_REMOTE_SOCKET;
    }

    @Override
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "ssh://" + (user != null ? user + "@" : "") + h + (port != null ? ":" + port : "");
    }

    @Override
    public String displayHost() {
        return host;
    }
}
