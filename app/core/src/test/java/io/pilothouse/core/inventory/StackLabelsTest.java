package io.pilothouse.core.inventory;

import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.StackRef;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackLabelsTest {

    @Test
    void composeProjectAndService() {
        Map<String, String> l = Map.of("com.docker.compose.project", "shop", "com.docker.compose.service", "web");
        assertThat(StackLabels.stackOf(l)).contains(new StackRef("shop", StackKind.COMPOSE));
        assertThat(StackLabels.serviceOf(l)).contains("web");
    }

    @Test
    void swarmStackAndServiceWin() {
        Map<String, String> l = Map.of("com.docker.stack.namespace", "shop", "com.docker.swarm.service.name", "shop_web",
                "com.docker.compose.project", "other", "com.docker.compose.service", "x",
                "com.docker.swarm.task.id", "abc");
        assertThat(StackLabels.stackOf(l)).contains(new StackRef("shop", StackKind.SWARM));
        assertThat(StackLabels.serviceOf(l)).contains("shop_web");
        assertThat(StackLabels.isSwarmTask(l)).isTrue();
    }

    @Test
    void noLabelsNoStack() {
        assertThat(StackLabels.stackOf(Map.of("com.docker.compose.project", " "))).isEmpty();
        assertThat(StackLabels.stackOf(null)).isEmpty();
        assertThat(StackLabels.serviceOf(Map.of())).isEmpty();
        assertThat(StackLabels.isSwarmTask(Map.of())).isFalse();
    }
}
