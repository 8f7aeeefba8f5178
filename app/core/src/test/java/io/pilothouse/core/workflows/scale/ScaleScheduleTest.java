package io.pilothouse.core.workflows.scale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleScheduleTest {

    @Test
    void steps_of_k_replicas_up_and_down_end_on_the_target() {
        assertThat(ScaleSchedule.of("web", 1, 6, 2, 1, false, false).counts()).containsExactly(3, 5, 6);
        assertThat(ScaleSchedule.of("web", 6, 1, 2, 6, false, false).counts()).containsExactly(4, 2, 1);
        assertThat(ScaleSchedule.of("web", 3, 3, 1, 3, false, false).counts()).isEmpty();
        assertThat(ScaleSchedule.of("web", 2, 0, 5, 2, false, false).counts()).containsExactly(0);
    }

    @Test
    void a_quorum_service_never_loses_a_majority_of_its_healthy_members_in_one_step() {
        // 7 healthy: at most 3 at once (4 stay); then 4 healthy: at most 1 (3 stay)
        assertThat(ScaleSchedule.of("etcd", 7, 4, 10, 7, true, false).counts()).containsExactly(4);
        assertThat(ScaleSchedule.of("etcd", 5, 3, 10, 5, true, false).counts()).containsExactly(3);
        assertThat(ScaleSchedule.of("etcd", 9, 5, 10, 9, true, false).counts()).containsExactly(5);
        // two members down of 5: they may go first, then one healthy at a time
        assertThat(ScaleSchedule.of("etcd", 5, 3, 10, 3, true, false).counts()).containsExactly(3);
    }

    @Test
    void a_quorum_service_is_not_taken_below_a_majority_of_its_members_without_force() {
        assertThatThrownBy(() -> ScaleSchedule.of("etcd", 5, 2, 1, 5, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("etcd is a quorum service (io.pilothouse.quorum=majority): 2 replicas are fewer than a majority"
                        + " of its 5 members (3), so it would lose its quorum. Nothing was done; force it to scale anyway.");
        ScaleSchedule forced = ScaleSchedule.of("etcd", 5, 1, 5, 5, true, true);
        assertThat(forced.counts()).containsExactly(3, 2, 1);
        assertThat(forced.warnings()).anyMatch(w -> w.startsWith("Forced: 1 replicas are fewer than a majority"));
        assertThat(ScaleSchedule.of("plain", 5, 1, 5, 5, false, false).counts()).containsExactly(1);
    }

    @Test
    void members_that_are_not_running_go_first_and_do_not_count_for_the_majority() {
        // 3 of 4 members run: the stopped one and then one healthy at a time
        assertThat(ScaleSchedule.of("etcd", 4, 3, 4, 3, true, false).counts()).containsExactly(3);
        assertThat(ScaleSchedule.of("etcd", 6, 4, 4, 4, true, false).counts()).containsExactly(4);
        assertThat(ScaleSchedule.of("etcd", 6, 4, 4, 6, true, false).counts()).containsExactly(4);
        assertThat(ScaleSchedule.of("etcd", 3, 2, 4, 3, true, true).counts()).containsExactly(2);
    }

    @Test
    void an_even_quorum_target_is_warned_about() {
        assertThat(ScaleSchedule.of("etcd", 3, 4, 1, 3, true, false).warnings())
                .containsExactly("etcd is a quorum service and 4 is an even count: it tolerates no more failed members (1)"
                        + " than 3 members would; an odd count is better.");
        assertThat(ScaleSchedule.of("etcd", 3, 5, 1, 3, true, false).warnings()).isEmpty();
        assertThat(ScaleSchedule.of("web", 3, 4, 1, 3, false, false).warnings()).isEmpty();
    }

    @Test
    void the_interval_defaults_to_zero_up_and_25_seconds_down() {
        assertThat(ScaleServiceRequest.of("h", "web", 5).intervalFor(2)).isZero();
        assertThat(ScaleServiceRequest.of("h", "web", 1).intervalFor(2)).isEqualTo(25);
        assertThat(new ScaleServiceRequest("h", "web", 1, 1, 3, null, null).intervalFor(2)).isEqualTo(3);
        assertThatThrownBy(() -> new ScaleServiceRequest("h", "web", 1, 0, null, null, null))
                .hasMessage("The step must be between 1 and 10000 replicas, not 0");
        assertThatThrownBy(() -> new ScaleServiceRequest("h", "web", -1, 1, null, null, null))
                .hasMessage("The replicas must be between 0 and 10000, not -1");
        assertThatThrownBy(() -> NodeAvailability.parse("off")).hasMessage("\"off\" is not a node availability: use active, pause or drain");
    }
}
