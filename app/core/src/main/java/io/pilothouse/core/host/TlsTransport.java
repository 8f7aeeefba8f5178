package io.pilothouse.core.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.file.Path;
import java.util.Objects;

/**
 * TCP with TLS, verification always on and the host name checked. The client credentials come
 * either from a DOCKER_CERT_PATH-style folder (ca.pem, cert.pem, key.pem) or from three files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TlsTransport(String host, int port, String certDir, String caFile, String certFile, String keyFile)
        implements TransportConfig {

    public static final int DEFAULT_PORT = 2376;

    @JsonCreator
    public TlsTransport(@JsonProperty("host") String host, @JsonProperty("port") int port,
                        @JsonProperty("certDir") String certDir, @JsonProperty("caFile") String caFile,
                        @JsonProperty("certFile") String certFile, @JsonProperty("keyFile") String keyFile) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The TLS address has no host name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port " + port + " is not between 1 and 65535");
        }
        boolean files = caFile != null || certFile != null || keyFile != null;
        if (certDir == null && !files) {
            throw new IllegalArgumentException(
                    "A TLS host needs a certificate folder (ca.pem, cert.pem, key.pem) or the three files");
        }
        if (certDir != null && files) {
            throw new IllegalArgumentException("Give either a certificate folder or the three files, not both");
        }
        if (files && (caFile == null || certFile == null || keyFile == null)) {
            throw new IllegalArgumentException("Give all three files: the CA certificate, the client certificate and its key");
        }
        this.host = host;
        this.port = port;
        this.certDir = certDir;
        this.caFile = caFile;
        this.certFile = certFile;
        this.keyFile = keyFile;
    }

    public static TlsTransport withCertDir(String host, int port, String certDir) {
        return new TlsTransport(host, port, certDir, null, null, null);
    }

    @JsonIgnore
    public Path caPath() {
        return certDir != null ? Path.of(certDir, "ca.pem") : Path.of(caFile);
    }

    @JsonIgnore
    public Path certPath() {
        return certDir != null ? Path.of(certDir, "cert.pem") : Path.of(certFile);
    }

    @JsonIgnore
    public Path keyPath() {
        return certDir != null ? Path.of(certDir, "key.pem") : Path.of(keyFile);
    }

    @Override
    public String url() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String displayHost() {
        return host;
    }
}
