package io.pilothouse.core.inventory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishThrottleTest {

    private static final long MS = 1_000_000L;

    @Test
    void firstChangeGoesAtOnceThenOnePerWindow() {
        PublishThrottle t = new PublishThrottle(100 * MS);
        assertThat(t.delayNanos(5_000 * MS)).isZero();
        t.publishedAt(5_000 * MS);
        assertThat(t.delayNanos(5_010 * MS)).isEqualTo(90 * MS);
        assertThat(t.delayNanos(5_099 * MS)).isEqualTo(1 * MS);
        assertThat(t.delayNanos(5_100 * MS)).isZero();
        assertThat(t.delayNanos(9_000 * MS)).isZero();
    }
}
