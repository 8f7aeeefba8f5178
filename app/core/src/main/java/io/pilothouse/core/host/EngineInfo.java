package io.pilothouse.core.host;

import java.time.Duration;

/** What connecting to an engine reports: versions, platform, swarm role, containers, round trip. */
public record EngineInfo(String engineVersion, String apiVersion, String os, String arch, String swarmRole,
                         int containers, int runningContainers, String engineName, Duration latency) {

    public String osArch() {
        return os + "/" + arch;
    }
}
