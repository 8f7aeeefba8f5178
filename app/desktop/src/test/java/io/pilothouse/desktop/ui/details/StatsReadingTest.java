package io.pilothouse.desktop.ui.details;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsReadingTest {

    @Test
    void cpuIsTheEnginesDeltaTimesCoresAndNetworkIsARate() {
        Instant t0 = Instant.parse("2026-11-22T03:00:00Z");
        StatsReading first = new StatsReading(t0, 1_000, 500, 10_000, 9_000, 4, 50 << 20, 10 << 20, 1L << 30, 1000, 2000);
        StatsReading second = new StatsReading(t0.plusSeconds(2), 1_600, 1_000, 11_000, 10_000, 4, 60 << 20, 10 << 20, 1L << 30, 5096, 2000);
        StatsSample s = second.sample(first);
        assertThat(s.cpuPercent()).isCloseTo(600.0 / 1000 * 4 * 100, within(1e-9));
        assertThat(s.memoryBytes()).as("cache is not counted, as docker stats does").isEqualTo(50L << 20);
        assertThat(s.rxBytesPerSecond()).isCloseTo(2048, within(1e-9));
        assertThat(s.txBytesPerSecond()).isZero();
        assertThat(first.sample(null).rxBytesPerSecond()).as("no rate without a reading before").isZero();
    }
}
