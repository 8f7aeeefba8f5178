package io.pilothouse.cli;

import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.RunProgress;
import io.pilothouse.core.ops.StepProgress;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    @Test
    void a_bar_shows_the_share_the_step_amounts_the_rate_and_the_eta() {
        StepProgress step = StepProgress.of(12L << 20, 24L << 20, ProgressUnit.BYTES, Duration.ofSeconds(4));
        RunProgress p = RunProgress.of(1, 2, step, Duration.ofSeconds(30));

        assertThat(ProgressLine.bar(p)).isEqualTo("[##################......]  75 %  step 2/2  12.0 MiB of 24.0 MiB  3.0 MiB/s  ETA 0:10");
    }

    @Test
    void items_and_long_durations_read_plainly() {
        assertThat(io.pilothouse.core.ops.ProgressText.amount(7, ProgressUnit.ITEMS)).isEqualTo("7 items");
        assertThat(io.pilothouse.core.ops.ProgressText.amount(512, ProgressUnit.BYTES)).isEqualTo("512 B");
        assertThat(io.pilothouse.core.ops.ProgressText.duration(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
