package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class ElkTopologyLayouterTest {

    final TopologyGraphBuilder builder = new TopologyGraphBuilder();
    final ElkTopologyLayouter layouter = new ElkTopologyLayouter();

    static TopologyPicture picture(TopologyGraph g, TopologyLayout l) {
        return new TopologyPicture(g, l);
    }

    @Test
    void everyNodeGetsABoxInsideItsGroupAndNoTwoNodesOverlap() {
        TopologyGraph g = builder.build(Shop.shop());
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        assertThat(l.nodes().keySet()).containsExactlyInAnyOrderElementsOf(g.nodesById().keySet());
        Box group = l.groups().get("stack:compose/shop");
        for (GraphNode n : g.nodes()) {
            Box b = l.nodes().get(n.id());
            if (n.group().isPresent()) {
                assertThat(b.x()).as(n.id()).isGreaterThanOrEqualTo(group.x());
                assertThat(b.y()).as(n.id()).isGreaterThanOrEqualTo(group.y() + 20);
                assertThat(b.x() + b.width()).as(n.id()).isLessThanOrEqualTo(group.x() + group.width());
                assertThat(b.y() + b.height()).as(n.id()).isLessThanOrEqualTo(group.y() + group.height());
            }
        }
        List<Box> boxes = new ArrayList<>(l.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void portsStandLeftOfTheirContainerAndNetworksRightOfThem() {
        TopologyGraph g = builder.build(Shop.shop());
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        Box port = l.nodes().get("port:c-proxy:8080/tcp");
        Box proxy = l.nodes().get("container:c-proxy");
        Box front = l.nodes().get("network:net-front");
        Box group = l.groups().get("stack:compose/shop");
        assertThat(port.x() + port.width()).isLessThan(group.x());
        assertThat(proxy.x() + proxy.width()).isLessThan(front.x());
        List<Point> route = l.edges().get("container:c-proxy->network:net-front");
        assertThat(route).hasSizeGreaterThanOrEqualTo(2);
        assertThat(route.get(0).x()).isCloseTo(proxy.x() + proxy.width(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(route.get(route.size() - 1).x()).isCloseTo(front.x(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aStateChangeKeepsTheLayoutExactly() {
        TopologyGraph g = builder.build(Shop.shop());
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        TopologyGraph paused = builder.build(Shop.snapshot(Shop.shopContainers(ContainerState.PAUSED)));
        assertThat(layouter.layout(paused, picture(g, l))).isSameAs(l);
    }

    @Test
    void anAddedContainerLeavesTheOthersInTheirOrderAndNearlyWhereTheyWere() {
        TopologyGraph g = builder.build(Shop.shop());
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        List<ContainerInfo> more = new ArrayList<>(Shop.shopContainers(ContainerState.RUNNING));
        more.add(Shop.container("c-app3", "shop-app-3", ContainerState.RUNNING, HealthStatus.NONE, Optional.of(Shop.SHOP),
                List.of(), List.of(Shop.FRONTEND, Shop.BACKEND), List.of()));
        TopologyGraph g2 = builder.build(Shop.snapshot(more));
        TopologyLayout l2 = layouter.layout(g2, picture(g, l));
        assertThat(l2.nodes()).containsKey("container:c-app3");
        double moved = 0;
        for (String id : l.nodes().keySet()) {
            Box a = l.nodes().get(id);
            Box b = l2.nodes().get(id);
            moved = Math.max(moved, Math.hypot(a.x() - b.x(), a.y() - b.y()));
        }
        System.out.println("largest move of a kept node after adding one: " + moved);
        assertThat(moved).as("largest move of a node that stayed").isLessThan(80);
        assertThat(orderBroken(l, l2)).as("pairs of kept nodes whose left-right or in-layer order changed").isEmpty();

        TopologyGraph g3 = builder.build(Shop.shop());
        TopologyLayout l3 = layouter.layout(g3, picture(g2, l2));
        double back = 0;
        for (String id : l.nodes().keySet()) {
            back = Math.max(back, Math.hypot(l2.nodes().get(id).x() - l3.nodes().get(id).x(), l2.nodes().get(id).y() - l3.nodes().get(id).y()));
        }
        System.out.println("largest move of a kept node after removing it again: " + back);
        assertThat(back).isLessThan(80);
    }

    @Test
    void unconnectedStacksArePackedInRowsAndAChangeInOneLeavesTheOthersAsTheyWere() {
        TopologyGraph g = builder.build(Shop.many(60));
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        assertThat(l.groups()).hasSize(10);
        double aspect = l.bounds().width() / l.bounds().height();
        assertThat(aspect).as("width to height of the whole picture").isBetween(0.5, 4.0);
        for (Box a : l.groups().values()) {
            for (Box b : l.groups().values()) {
                assertThat(a != b && overlap(a, b)).as("groups %s and %s overlap", a, b).isFalse();
            }
        }
        List<ContainerInfo> more = new ArrayList<>(Shop.many(60).containers().values());
        more.add(Shop.container("c-new", "load0-web-new", ContainerState.RUNNING, HealthStatus.NONE,
                Optional.of(new io.pilothouse.core.model.StackRef("load0", io.pilothouse.core.model.StackKind.COMPOSE)),
                List.of(), List.of(Shop.network("net-0", "load0_default", Optional.of(new io.pilothouse.core.model.StackRef("load0",
                        io.pilothouse.core.model.StackKind.COMPOSE)))), List.of()));
        io.pilothouse.core.model.InventorySnapshot base = Shop.many(60);
        TopologyGraph g2 = builder.build(new io.pilothouse.core.model.InventorySnapshot("load", base.takenAt(), false, more,
                List.of(), List.of(), List.of(), base.networks().values(), List.of(), List.of()));
        TopologyLayout l2 = layouter.layout(g2, picture(g, l));
        // every other stack moves as one piece (if at all): the distances inside it stay exactly
        for (GraphGroup group : g.groups()) {
            if (group.id().equals("stack:compose/load0")) {
                continue;
            }
            Box was = l.groups().get(group.id());
            Box now = l2.groups().get(group.id());
            assertThat(now.width()).isEqualTo(was.width());
            for (GraphNode n : g.nodes()) {
                if (n.group().filter(group.id()::equals).isPresent()) {
                    assertThat(l2.nodes().get(n.id()).x() - now.x()).isCloseTo(l.nodes().get(n.id()).x() - was.x(), offset(0.001));
                    assertThat(l2.nodes().get(n.id()).y() - now.y()).isCloseTo(l.nodes().get(n.id()).y() - was.y(), offset(0.001));
                }
            }
        }
    }

    @Test
    void fiveHundredContainersAreLaidOutInSeconds() {
        TopologyGraph g = builder.build(Shop.many(500));
        long t0 = System.nanoTime();
        TopologyLayout l = layouter.layout(g, TopologyPicture.EMPTY);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("ELK layout of " + g.nodes().size() + " nodes, " + g.edges().size() + " edges: " + ms + " ms");
        assertThat(l.nodes()).hasSize(g.nodes().size());
        assertThat(ms).isLessThan(15_000);
    }

    /** Pairs of nodes of the old layout that swapped sides: left/right across layers, above/below within a layer. */
    static List<String> orderBroken(TopologyLayout old, TopologyLayout now) {
        List<String> broken = new ArrayList<>();
        List<String> ids = new ArrayList<>(old.nodes().keySet());
        for (String a : ids) {
            for (String b : ids) {
                Box oa = old.nodes().get(a), ob = old.nodes().get(b), na = now.nodes().get(a), nb = now.nodes().get(b);
                if (oa.x() + oa.width() < ob.x() && !(na.x() + na.width() < nb.x())) {
                    broken.add(a + " left of " + b);
                }
                boolean sameLayerBefore = Math.abs(oa.centreX() - ob.centreX()) < 1;
                if (sameLayerBefore && oa.y() < ob.y() && !(na.y() < nb.y())) {
                    broken.add(a + " above " + b);
                }
            }
        }
        return broken;
    }

    static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
