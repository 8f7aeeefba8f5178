package io.pilothouse.core.ops;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RunProgressTest {

    @Test
    void half_of_the_second_of_four_steps_is_three_eighths_and_the_eta_scales_the_time_so_far() {
        StepProgress step = StepProgress.of(512, 1024, ProgressUnit.BYTES, Duration.ofSeconds(2));
        RunProgress p = RunProgress.of(1, 4, step, Duration.ofSeconds(30));

        assertThat(p.fraction()).isEqualTo(0.375);
        assertThat(p.percent()).isEqualTo("38 %");
        assertThat(p.eta()).contains(Duration.ofSeconds(50));
        assertThat(step.ratePerSecond()).isEqualTo(256.0);
        assertThat(step.eta()).contains(Duration.ofSeconds(2));
    }

    @Test
    void an_unknown_total_counts_the_step_as_not_begun_and_no_eta_at_the_start() {
        RunProgress p = RunProgress.of(0, 3, StepProgress.of(10, -1, ProgressUnit.ITEMS, Duration.ofSeconds(1)), Duration.ofSeconds(1));
        assertThat(p.fraction()).isZero();
        assertThat(p.eta()).isEmpty();
    }
}
