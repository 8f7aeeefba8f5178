package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.InventorySnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyGraphBuilderTest {

    final TopologyGraphBuilder builder = new TopologyGraphBuilder();

    @Test
    void aComposeProjectIsOneGroupHoldingItsContainersNetworksAndVolume() {
        TopologyGraph g = builder.build(Shop.shop());
        assertThat(g.groups()).extracting(GraphGroup::id, GraphGroup::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stack:compose/shop", "shop  ·  compose project"));
        assertThat(g.nodes()).filteredOn(n -> n.group().equals(Optional.of("stack:compose/shop"))).extracting(GraphNode::label)
                .containsExactlyInAnyOrder("shop-proxy-1", "shop-app-1", "shop-app-2", "shop-db-1",
                        "shop_frontend", "shop_backend", "shop_dbdata");
    }

    @Test
    void networksAndVolumesAreNodesWithEdgesFromTheirUsersAndUnusedOnesAreLeftOut() {
        TopologyGraph g = builder.build(Shop.shop());
        assertThat(g.edges()).filteredOn(e -> e.kind() == EdgeKind.ATTACHED).extracting(GraphEdge::id).containsExactlyInAnyOrder(
                "container:c-proxy->network:net-front", "container:c-app1->network:net-front", "container:c-app1->network:net-back",
                "container:c-app2->network:net-front", "container:c-app2->network:net-back", "container:c-db->network:net-back");
        assertThat(g.edges()).filteredOn(e -> e.kind() == EdgeKind.MOUNTS).extracting(GraphEdge::id)
                .containsExactly("container:c-db->volume:shop_dbdata");
        assertThat(g.nodes()).extracting(GraphNode::label).doesNotContain("bridge", "host", "/tmp");
        assertThat(g.node("volume:shop_dbdata")).get().extracting(GraphNode::kind, GraphNode::detail)
                .containsExactly(NodeKind.VOLUME, "volume");
    }

    @Test
    void aPublishedPortIsASmallNodeOutsideTheGroupPointingAtItsContainerOnceForBothAddressFamilies() {
        TopologyGraph g = builder.build(Shop.shop());
        assertThat(g.nodes()).filteredOn(n -> n.kind() == NodeKind.PORT).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo(":8080");
            assertThat(p.detail()).isEqualTo("→ 80/tcp");
            assertThat(p.group()).isEmpty();
        });
        assertThat(g.edges()).filteredOn(e -> e.kind() == EdgeKind.PUBLISHES).extracting(GraphEdge::id)
                .containsExactly("port:c-proxy:8080/tcp->container:c-proxy");
    }

    @Test
    void stateAndHealthBecomeTheNodeColour() {
        List<io.pilothouse.core.model.ContainerInfo> cs = new ArrayList<>(Shop.shopContainers(ContainerState.PAUSED));
        cs.add(Shop.container("c-x", "old-job", ContainerState.EXITED, HealthStatus.NONE, Optional.empty(), List.of(), List.of(), List.of()));
        cs.add(Shop.container("c-r", "flappy", ContainerState.RESTARTING, HealthStatus.NONE, Optional.empty(), List.of(), List.of(), List.of()));
        cs.add(Shop.container("c-n", "fresh", ContainerState.CREATED, HealthStatus.NONE, Optional.empty(), List.of(), List.of(), List.of()));
        TopologyGraph g = builder.build(Shop.snapshot(cs));
        assertThat(g.node("container:c-proxy")).get().extracting(GraphNode::state).isEqualTo(NodeState.RUNNING);
        assertThat(g.node("container:c-app1")).get().extracting(GraphNode::state).isEqualTo(NodeState.PAUSED);
        assertThat(g.node("container:c-app2")).get().extracting(GraphNode::state).isEqualTo(NodeState.UNHEALTHY);
        assertThat(g.node("container:c-x")).get().extracting(GraphNode::state, GraphNode::group)
                .containsExactly(NodeState.EXITED, Optional.empty());
        assertThat(g.node("container:c-r")).get().extracting(GraphNode::state).isEqualTo(NodeState.RESTARTING);
        assertThat(g.node("container:c-n")).get().extracting(GraphNode::state).isEqualTo(NodeState.CREATED);
        assertThat(g.node("network:net-front")).get().extracting(GraphNode::state).isEqualTo(NodeState.RESOURCE);
        assertThat(NodeState.RUNNING.colour()).isNotEqualTo(NodeState.UNHEALTHY.colour());
    }

    @Test
    void tooltipsTellNameImageStateHealthAndPorts() {
        TopologyGraph g = builder.build(Shop.shop());
        assertThat(g.node("container:c-proxy")).get().extracting(GraphNode::tooltip).asList().containsExactly(
                "Container shop-proxy-1", "Image: testenv/busybox:1", "State: running (running)", "Health: healthy",
                "Ports: 0.0.0.0:8080->80/tcp, :::8080->80/tcp");
    }

    @Test
    void aSwarmServiceStandsBesideItsTaskContainersInItsStack() {
        io.pilothouse.core.model.StackRef web = new io.pilothouse.core.model.StackRef("web", io.pilothouse.core.model.StackKind.SWARM);
        List<io.pilothouse.core.model.ContainerInfo> cs = List.of(
                Shop.container("t1c", "web_api.1.abc", ContainerState.RUNNING, HealthStatus.NONE, Optional.of(web), List.of(), List.of(), List.of()),
                Shop.container("t2c", "web_api.2.def", ContainerState.RUNNING, HealthStatus.NONE, Optional.of(web), List.of(), List.of(), List.of()));
        InventorySnapshot s = Shop.snapshot(cs, List.of(Shop.service("svc", "web_api", "web", 2, 3)),
                List.of(Shop.task("t1", "svc", 1, "t1c"), Shop.task("t2", "svc", 2, "t2c")));
        TopologyGraph g = builder.build(s);
        assertThat(g.groups()).extracting(GraphGroup::id).contains("stack:swarm/web");
        assertThat(g.node("service:svc")).get().satisfies(n -> {
            assertThat(n.group()).contains("stack:swarm/web");
            assertThat(n.state()).as("2 of 3 replicas").isEqualTo(NodeState.RESTARTING);
            assertThat(n.detail()).isEqualTo("testenv/busybox:1  2/3");
        });
        assertThat(g.edges()).filteredOn(e -> e.kind() == EdgeKind.RUNS).extracting(GraphEdge::target)
                .containsExactlyInAnyOrder("container:t1c", "container:t2c");
        assertThat(g.edges()).extracting(GraphEdge::id).contains("port:svc:9090/tcp->service:svc");
    }

    @Test
    void onlyAStateChangeKeepsTheShape() {
        TopologyGraph before = builder.build(Shop.shop());
        TopologyGraph paused = builder.build(Shop.snapshot(Shop.shopContainers(ContainerState.PAUSED)));
        assertThat(paused).isNotEqualTo(before);
        assertThat(paused.sameShape(before)).isTrue();
        List<io.pilothouse.core.model.ContainerInfo> more = new ArrayList<>(Shop.shopContainers(ContainerState.RUNNING));
        more.add(Shop.container("c-app3", "shop-app-3", ContainerState.RUNNING, HealthStatus.NONE, Optional.of(Shop.SHOP),
                List.of(), List.of(Shop.FRONTEND), List.of()));
        assertThat(builder.build(Shop.snapshot(more)).sameShape(before)).isFalse();
    }
}
