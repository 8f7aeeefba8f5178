package io.pilothouse.core.profiles;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnixSocketTransport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the local engine for a first start: DOCKER_HOST when set (unix, tcp with DOCKER_CERT_PATH
 * and DOCKER_TLS_VERIFY, or ssh), else the default unix socket when it exists.
 */
public final class LocalEngineDetector {

    public static final String PROFILE_NAME = "local";

    private final Path defaultSocket;
    private final Path dockerConfigDir;
    private final TransportParser parser = new TransportParser();

    /** Looks at /var/run/docker.sock and ~/.docker. */
    public LocalEngineDetector() {
        this(Path.of(UnixSocketTransport.DEFAULT_SOCKET), Path.of(System.getProperty("user.home"), ".docker"));
    }

    /**
     * @param defaultSocket   the socket used when DOCKER_HOST is not set
     * @param dockerConfigDir where the TLS files are when DOCKER_TLS_VERIFY is set without DOCKER_CERT_PATH
     */
    public LocalEngineDetector(Path defaultSocket, Path dockerConfigDir) {
        this.defaultSocket = defaultSocket;
        this.dockerConfigDir = dockerConfigDir;
    }

    public Optional<HostProfile> detect(Map<String, String> env) {
        return inspect(env).profile();
    }

    public EngineDetection inspect(Map<String, String> env) {
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return fromDockerHost(dockerHost.strip(), env);
        }
        if (Files.exists(defaultSocket)) {
            return found(new UnixSocketTransport(defaultSocket.toString()),
                    "Found the local engine's socket " + defaultSocket);
        }
        return new EngineDetection(Optional.empty(), "DOCKER_HOST is not set and there is no socket at "
                + defaultSocket + ": no local engine was added");
    }

    private EngineDetection fromDockerHost(String dockerHost, Map<String, String> env) {
        TransportOptions options = TransportOptions.NONE;
        if (dockerHost.regionMatches(true, 0, "tcp://", 0, 6)) {
            String verify = env.get("DOCKER_TLS_VERIFY");
            if (verify == null || verify.isBlank() || verify.equals("0")) {
                return new EngineDetection(Optional.empty(), "DOCKER_HOST is " + dockerHost
                        + " without DOCKER_TLS_VERIFY: Pilothouse connects to a TCP engine only over verified TLS, "
                        + "so no local engine was added");
            }
            String certPath = env.get("DOCKER_CERT_PATH");
            options = TransportOptions.tls(certPath == null || certPath.isBlank()
                    ? dockerConfigDir.toString() : certPath);
        }
        try {
            return found(parser.parse(dockerHost, options), "Using DOCKER_HOST " + dockerHost);
        } catch (IllegalArgumentException e) {
            return new EngineDetection(Optional.empty(), "DOCKER_HOST cannot be used: " + e.getMessage());
        }
    }

    private static EngineDetection found(TransportConfig transport, String note) {
        return new EngineDetection(Optional.of(HostProfile.create(PROFILE_NAME, transport, Environment.DEVELOPMENT)),
                note);
    }
}
