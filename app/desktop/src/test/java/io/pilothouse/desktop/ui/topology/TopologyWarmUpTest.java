package io.pilothouse.desktop.ui.topology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyWarmUpTest {

    @Test
    void laysOutTheCannedInventoryWithoutAnEngine() {
        TopologyPicture warm = TopologyWarmUp.run();
        assertThat(warm.graph().nodes()).extracting(GraphNode::label).contains("warm-web-1", "warm_default", ":8080");
        assertThat(warm.graph().groups()).hasSize(1);
        warm.graph().nodes().forEach(n -> assertThat(warm.layout().nodes()).containsKey(n.id()));
    }
}
