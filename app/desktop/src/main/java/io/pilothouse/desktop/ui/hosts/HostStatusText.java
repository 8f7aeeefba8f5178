package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How a host's connection state reads: a short label and the sentence of its tooltip. */
public final class HostStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;

    public HostStatusText(Clock clock) {
        this.clock = clock;
    }

    public String label(HostStatus status) {
        return switch (status.state()) {
            case IDLE -> "Not connected";
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case DISCONNECTED -> "Disconnected";
            case FAILED -> "Failed";
        };
    }

    /** The full sentence: engine and latency when connected, else why not and when the next try is. */
    public String detail(HostStatus status) {
        return switch (status.state()) {
            case IDLE -> "Not connected.";
            case CONNECTING -> "Connecting…";
            case CONNECTED -> status.info().map(i -> "Connected: " + EngineInfoText.versionAndLatency(i))
                    .orElse("Connected.");
            case DISCONNECTED -> failureSentence(status, "The connection was lost.")
                    + status.nextAttempt().map(this::nextAttempt).orElse("");
            case FAILED -> failureSentence(status, "The connection failed.");
        };
    }

    private static String failureSentence(HostStatus status, String fallback) {
        return status.failure().map(Throwable::getMessage).filter(m -> !m.isBlank()).orElse(fallback);
    }

    private String nextAttempt(Instant at) {
        long seconds = Math.max(0, Duration.between(clock.instant(), at).toSeconds());
        String time = LocalTime.ofInstant(at, clock.getZone()).format(TIME);
        return "\nNext attempt at " + time + " (in " + seconds + " s).";
    }
}
