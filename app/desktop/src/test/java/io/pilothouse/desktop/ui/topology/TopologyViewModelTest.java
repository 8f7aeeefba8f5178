package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.HealthStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyViewModelTest {

    /** Runs work only when the test says so, to see what piles up in between. */
    static final class Queued implements Executor {
        final ArrayDeque<Runnable> work = new ArrayDeque<>();
        int ran;

        @Override public void execute(Runnable r) { work.add(r); }

        void runAll() {
            while (!work.isEmpty()) {
                work.poll().run();
                ran++;
            }
        }
    }

    final HandFedInventory feed = new HandFedInventory(Shop.shop());
    final Queued background = new Queued();
    final Queued ui = new Queued();
    final TopologyViewModel vm = new TopologyViewModel(feed, background, ui);

    void settle() {
        background.runAll();
        ui.runAll();
    }

    @Test
    void startDrawsTheCurrentInventoryOffTheUiExecutor() {
        vm.start();
        assertThat(vm.pictureProperty().get()).isSameAs(TopologyPicture.EMPTY);
        background.runAll();
        assertThat(vm.pictureProperty().get()).as("nothing changes before the UI executor runs").isSameAs(TopologyPicture.EMPTY);
        ui.runAll();
        assertThat(vm.pictureProperty().get().graph().node("container:c-proxy")).isPresent();
        assertThat(vm.pictureProperty().get().layout().nodes()).containsKey("container:c-proxy");
        assertThat(vm.statusProperty().get()).isEqualTo("4 containers (3 running), 1 stacks");
    }

    @Test
    void aBurstOfChangesBecomesOneLayoutOfTheNewest() {
        vm.start();
        settle();
        for (int i = 0; i < 5; i++) {
            feed.publish(Shop.snapshot(Shop.shopContainers(i % 2 == 0 ? ContainerState.PAUSED : ContainerState.EXITED)));
        }
        assertThat(background.work).as("one drain is scheduled for the whole burst").hasSize(1);
        settle();
        assertThat(ui.ran).as("one picture for the start, one for the burst").isEqualTo(2);
        assertThat(vm.pictureProperty().get().graph().node("container:c-app1")).get()
                .extracting(GraphNode::state).isEqualTo(NodeState.PAUSED);
    }

    @Test
    void aStateChangeKeepsTheLayoutAndTheSelectionFollowsTheNode() {
        vm.start();
        settle();
        TopologyLayout first = vm.pictureProperty().get().layout();
        vm.select("container:c-app1");
        assertThat(vm.selectedProperty().get().state()).isEqualTo(NodeState.RUNNING);
        feed.publish(Shop.snapshot(Shop.shopContainers(ContainerState.EXITED)));
        settle();
        assertThat(vm.pictureProperty().get().layout()).isSameAs(first);
        assertThat(vm.selectedProperty().get().state()).isEqualTo(NodeState.EXITED);

        List<ContainerInfo> without = new ArrayList<>(Shop.shopContainers(ContainerState.RUNNING));
        without.removeIf(c -> c.id().equals("c-app1"));
        feed.publish(Shop.snapshot(without));
        settle();
        assertThat(vm.selectedProperty().get()).as("a removed node is no longer selected").isNull();
        assertThat(vm.pictureProperty().get().layout()).isNotSameAs(first);
    }

    @Test
    void openingDetailsNamesTheContainerOrServiceAndNothingForANetwork() {
        List<String> opened = new ArrayList<>();
        vm.onOpenDetails(opened::add);
        vm.start();
        settle();
        vm.openDetails("container:c-db");
        vm.openDetails("port:c-proxy:8080/tcp");
        vm.openDetails("network:net-front");
        assertThat(opened).containsExactly("c-db", "c-proxy");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("network:net-front");
    }

    @Test
    void disposeEndsTheSubscriptionAndLateWorkChangesNothing() {
        vm.start();
        settle();
        TopologyPicture shown = vm.pictureProperty().get();
        feed.publish(Shop.snapshot(Shop.shopContainers(ContainerState.EXITED)));
        background.runAll();
        vm.dispose();
        ui.runAll();
        assertThat(feed.listeners).isEmpty();
        assertThat(vm.pictureProperty().get()).isSameAs(shown);
        List<ContainerInfo> more = new ArrayList<>(Shop.shopContainers(ContainerState.RUNNING));
        more.add(Shop.container("c-x", "x", ContainerState.RUNNING, HealthStatus.NONE, Optional.empty(), List.of(), List.of(), List.of()));
        feed.publish(Shop.snapshot(more));
        assertThat(background.work).isEmpty();
    }

    @Test
    void theStatusSaysWhenTheInventoryReconnects() {
        vm.start();
        settle();
        feed.state(FeedState.RECONNECTING, "the engine closed the event stream");
        ui.runAll();
        assertThat(vm.statusProperty().get())
                .isEqualTo("4 containers (3 running), 1 stacks — reconnecting: the engine closed the event stream");
    }
}
