package io.pilothouse.desktop.ui.details;

import java.time.Instant;

/**
 * The raw counters of one stats reading, and the sample they make with the reading before: CPU as the
 * engine's own delta over its pre-reading (percent of one core, as docker stats shows it), network as rates.
 */
public record StatsReading(Instant time, long cpuTotal, long preCpuTotal, long systemCpu, long preSystemCpu,
                           long onlineCpus, long memoryUsage, long memoryCache, long memoryLimit, long rxBytes, long txBytes) {

    public StatsSample sample(StatsReading previous) {
        double cpu = 0;
        long cpuDelta = cpuTotal - preCpuTotal;
        long systemDelta = systemCpu - preSystemCpu;
        if (cpuDelta > 0 && systemDelta > 0) {
            cpu = (double) cpuDelta / systemDelta * Math.max(1, onlineCpus) * 100.0;
        }
        double rx = 0;
        double tx = 0;
        if (previous != null) {
            double seconds = (time.toEpochMilli() - previous.time.toEpochMilli()) / 1000.0;
            if (seconds > 0) {
                rx = Math.max(0, rxBytes - previous.rxBytes) / seconds;
                tx = Math.max(0, txBytes - previous.txBytes) / seconds;
            }
        }
        return new StatsSample(time, cpu, Math.max(0, memoryUsage - memoryCache), memoryLimit, rx, tx);
    }
}
