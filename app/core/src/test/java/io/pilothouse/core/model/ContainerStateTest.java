package io.pilothouse.core.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerStateTest {

    private static boolean up(String engineWord) {
        return ContainerState.fromEngine(engineWord).isUp();
    }

    @Test
    void upIsWhatDockerPsLists() {
        assertThat(List.of("running", "paused", "restarting")).allMatch(ContainerStateTest::up);
        assertThat(Arrays.asList("created", "exited", "dead", "removing", "", null)).noneMatch(ContainerStateTest::up);
    }
}
