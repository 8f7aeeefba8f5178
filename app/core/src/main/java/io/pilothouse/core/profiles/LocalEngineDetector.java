package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the local engine for a first start: DOCKER_HOST when set (unix, tcp with DOCKER_CERT_PATH
 * and DOCKER_TLS_VERIFY, or ssh), else the default unix socket when it exists.
 */
public final class LocalEngineDetector {

    public Optional<HostProfile> detect(Map<String, String> env) {
        throw new UnsupportedOperationException("not yet");
    }
}
