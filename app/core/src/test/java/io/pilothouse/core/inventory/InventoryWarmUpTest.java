package io.pilothouse.core.inventory;

import io.pilothouse.core.model.InventorySnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryWarmUpTest {

    @Test
    void runsTheSnapshotCodeOnCannedAnswersWithoutAnEngine() {
        InventorySnapshot warm = InventoryWarmUp.run();
        assertThat(warm.containers()).hasSize(1);
        assertThat(warm.container("warm-web-1")).get().satisfies(c -> {
            assertThat(c.inspected()).isTrue();
            assertThat(c.stack()).get().extracting(s -> s.name()).isEqualTo("warm");
        });
        assertThat(warm.stacks()).hasSize(1);
    }
}
