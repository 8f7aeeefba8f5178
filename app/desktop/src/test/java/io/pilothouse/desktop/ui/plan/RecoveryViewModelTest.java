package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.RecoveryResult;
import io.pilothouse.core.ops.UnfinishedPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryViewModelTest {

    private static UnfinishedPlan plan(String id, String title, String... stopped) {
        List<HostChange> changes = new ArrayList<>();
        for (String s : stopped) {
            changes.add(new HostChange(id + s, ChangeKind.STOPPED_CONTAINER, s, Map.of(), "stopped " + s));
        }
        return new UnfinishedPlan(id, "backup", title, "shop-1", "", "PRODUCTION", Instant.parse("2026-01-02T03:04:05Z"),
                "ops", changes);
    }

    @Test
    void lists_what_each_plan_changed_and_takes_them_back_newest_first() {
        List<String> order = new ArrayList<>();
        RecoveryViewModel vm = new RecoveryViewModel(List.of(plan("a", "Back up shop", "db", "search"), plan("b", "Restart web", "web")),
                p -> {
                    order.add(p.planId());
                    if (p.planId().equals("a")) {
                        throw new IllegalStateException("shop-1 cannot be reached");
                    }
                    return new RecoveryResult(p.planId(), p.openChanges(), List.of(), "\"" + p.title() + "\" was taken back.");
                }, Runnable::run, Runnable::run);

        assertThat(vm.heading()).isEqualTo("2 plans did not finish: Pilothouse stopped while they ran.");
        assertThat(vm.plans()).containsExactly(
                "\"Back up shop\" on shop-1 did not finish (started 2026-01-02T03:04:05Z by ops): stopped db, stopped search.",
                "\"Restart web\" on shop-1 did not finish (started 2026-01-02T03:04:05Z by ops): stopped web.");

        vm.takeBack();

        assertThat(order).containsExactly("b", "a");
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.reportProperty().get()).isEqualTo("\"Restart web\" was taken back.\n"
                + "\"Back up shop\" on shop-1 could not be taken back: shop-1 cannot be reached");
        vm.takeBack();
        assertThat(order).as("once only").hasSize(2);
    }
}
