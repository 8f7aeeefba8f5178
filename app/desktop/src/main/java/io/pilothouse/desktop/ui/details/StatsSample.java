package io.pilothouse.desktop.ui.details;

import java.time.Instant;

/** One reading of a container's stats stream: CPU in percent of one core, memory, and network rates. */
public record StatsSample(Instant time, double cpuPercent, long memoryBytes, long memoryLimitBytes,
                          double rxBytesPerSecond, double txBytesPerSecond) {
}
