package io.pilothouse.desktop.ui.topology;

import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyTargetsTest {

    private static GraphNode node(NodeKind kind, String targetId, String label) {
        return new GraphNode(kind.name().toLowerCase() + ":" + targetId, kind, targetId, Optional.empty(), label, "",
                NodeState.RESOURCE, List.of());
    }

    @Test
    void aVolumeNodeIsTheVolumeByItsFullNameEvenWhenItsLabelIsShortened() {
        String anonymous = "3f9a1c0d2b7e4a5f8c6d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b";
        assertThat(TopologyView.targets(node(NodeKind.VOLUME, anonymous, anonymous.substring(0, 12))))
                .containsExactly(new Target(anonymous, anonymous, TargetKind.VOLUME));
        assertThat(TopologyView.targets(node(NodeKind.VOLUME, "shop_dbdata", "shop_dbdata")))
                .containsExactly(new Target("shop_dbdata", "shop_dbdata", TargetKind.VOLUME));
    }

    @Test
    void bindMountsTmpfsNetworksAndPortsOfferNoTool() {
        assertThat(TopologyView.targets(node(NodeKind.VOLUME, "bind:/srv/www", "/srv/www"))).isEmpty();
        assertThat(TopologyView.targets(node(NodeKind.VOLUME, "tmpfs:abc:/run", "/run"))).isEmpty();
        assertThat(TopologyView.targets(node(NodeKind.NETWORK, "n1", "shop_net"))).isEmpty();
        assertThat(TopologyView.targets(null)).isEmpty();
    }

    @Test
    void containersAndServicesStayWhatTheyWere() {
        assertThat(TopologyView.targets(node(NodeKind.CONTAINER, "c1", "shop-db-1")))
                .containsExactly(new Target("c1", "shop-db-1", TargetKind.CONTAINER));
        assertThat(TopologyView.targets(node(NodeKind.SERVICE, "s1", "shop_web")))
                .containsExactly(new Target("s1", "shop_web", TargetKind.SERVICE));
    }
}
