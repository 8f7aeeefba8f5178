package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.EngineInfo;

import java.time.Duration;
import java.util.List;

/** How an engine's report reads in tooltips, the status bar and the editor's test result. */
public final class EngineInfoText {

    private EngineInfoText() {
    }

    /** "Docker 24.0.7 (API 1.43), 3 ms". */
    public static String versionAndLatency(EngineInfo info) {
        return engine(info) + " (API " + info.apiVersion() + "), " + latency(info.latency());
    }

    /** One line with everything: the editor's test result. */
    public static String summary(EngineInfo info) {
        return "Connected: " + engine(info) + " (API " + info.apiVersion() + ") on " + info.osArch()
                + ", swarm " + info.swarmRole() + ", " + containers(info) + ", " + latency(info.latency());
    }

    public static List<InfoRow> rows(EngineInfo info) {
        return List.of(
                new InfoRow("Engine", engine(info)),
                new InfoRow("API", info.apiVersion()),
                new InfoRow("OS/arch", info.osArch()),
                new InfoRow("Swarm role", info.swarmRole()),
                new InfoRow("Containers", containers(info)),
                new InfoRow("Latency", latency(info.latency())));
    }

    static String engine(EngineInfo info) {
        String name = info.engineName() == null || info.engineName().isBlank() ? "" : " on " + info.engineName();
        return "Docker " + info.engineVersion() + name;
    }

    static String containers(EngineInfo info) {
        return info.containers() + (info.containers() == 1 ? " container" : " containers")
                + " (" + info.runningContainers() + " running)";
    }

    static String latency(Duration latency) {
        if (latency == null) {
            return "latency unknown";
        }
        long micros = latency.toNanos() / 1_000;
        return micros < 1_000 ? "<1 ms" : (micros / 1_000) + " ms";
    }
}
