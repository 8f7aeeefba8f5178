package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.core.ops.ProductionGuard;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import static io.pilothouse.desktop.ui.inventory.Rows.container;
import static io.pilothouse.desktop.ui.inventory.Rows.containers;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryViewModelTest {

    /** A feed the test pushes pictures into. */
    static final class PushedFeed implements RowFeed {
        final List<Consumer<InventoryRows>> listeners = new ArrayList<>();
        Consumer<String> notices;
        boolean closed;

        @Override
        public AutoCloseable subscribe(Consumer<InventoryRows> listener, Consumer<String> notices) {
            listeners.add(listener);
            this.notices = notices;
            return () -> closed = true;
        }

        void push(InventoryRows rows) {
            listeners.forEach(l -> l.accept(rows));
        }
    }

    static final VolumeClassSaver NO_CLASSIFIER = new VolumeClassSaver() {
        @Override public boolean available() { return false; }
        @Override public void classify(String volumeName, Choice choice) { throw new AssertionError("not offered"); }
    };

    final PushedFeed feed = new PushedFeed();
    final Queue<Runnable> uiQueue = new ArrayDeque<>();
    final Executor ui = uiQueue::add;
    final HostProfile dev = HostProfile.create("dev-1", new UnixSocketTransport("/var/run/docker.sock"), Environment.DEVELOPMENT);
    final ContainerActionFlow flow = new ContainerActionFlow(dev, ConfirmationRule.of(new ProductionGuard()),
            (h, a, s) -> java.util.Optional.of(""), (a, t, typed) -> new ActionOutcome(a, List.of(), java.util.Map.of()), Runnable::run, Runnable::run);
    final InventoryViewModel vm = new InventoryViewModel(feed, flow, NO_CLASSIFIER, Runnable::run, ui);

    void drainUi() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    List<String> shownNames(RowTable<?> table) {
        return table.shown().stream().map(e -> e.row().name()).toList();
    }

    @Test
    void batchesAreAppliedOnTheUiExecutorAndTheNewestWins() {
        vm.start();
        feed.push(containers(container("a", "web", "shop", "running")));
        feed.push(containers(container("a", "web", "shop", "running"), container("b", "db", "shop", "running")));
        assertThat(vm.containers().total()).as("nothing applied before the UI thread runs").isZero();
        assertThat(uiQueue).as("one hop for a burst").hasSize(1);
        drainUi();
        assertThat(shownNames(vm.containers())).containsExactly("db", "web");
        feed.notices.accept("The inventory may be out of date: reconnecting to the engine.");
        drainUi();
        assertThat(vm.problemProperty().get()).isEqualTo("The inventory may be out of date: reconnecting to the engine.");
        feed.notices.accept("");
        drainUi();
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.dispose();
        assertThat(feed.closed).isTrue();
    }

    @Test
    void tabTitlesCountRowsAndTheFilterNarrowsEveryTab() {
        vm.apply(new InventoryRows(
                List.of(container("a", "shop-web-1", "shop", "running"), container("b", "shop-db-1", "shop", "exited"),
                        container("c", "grafana", "", "running")),
                List.of(new ServiceRow("s1", "shop_api", "api:2", "shop", "replicated", 2, 2, List.of())),
                List.of(new VolumeRow("dbdata", "dbdata", "named", "shop", "stateful", "", List.of("shop-db-1")),
                        new VolumeRow("bind:/srv/grafana", "/srv/grafana", "bind", "", "stateful", "", List.of("grafana"))),
                List.of(), List.of()));
        assertThat(vm.containers().tabTitleProperty().get()).isEqualTo("Containers (3)");
        assertThat(vm.volumes().tabTitleProperty().get()).isEqualTo("Volumes (2)");

        vm.filterTextProperty().set("SHOP");
        assertThat(vm.containers().tabTitleProperty().get()).isEqualTo("Containers (2 of 3)");
        assertThat(vm.services().tabTitleProperty().get()).isEqualTo("Services (1 of 1)");
        assertThat(vm.volumes().tabTitleProperty().get()).isEqualTo("Volumes (1 of 2)");

        vm.filterTextProperty().set("shop exited");
        assertThat(shownNames(vm.containers())).containsExactly("shop-db-1");
        vm.filterTextProperty().set("nginx grafana");
        assertThat(shownNames(vm.containers())).as("image and name together").containsExactly("grafana");
        vm.filterTextProperty().set("");
        assertThat(vm.containers().tabTitleProperty().get()).isEqualTo("Containers (3)");
    }

    @Test
    void rowsAreGroupedByStackWithStandaloneOnesLast() {
        vm.apply(containers(container("1", "zeta", "", "running"), container("2", "web", "shop", "running"),
                container("3", "api", "shop", "running"), container("4", "prometheus", "monitoring", "running")));
        assertThat(vm.containers().shown()).extracting(e -> e.row().stack() + "/" + e.row().name())
                .containsExactly("monitoring/prometheus", "shop/api", "shop/web", "/zeta");
    }

    @Test
    void anUpdateChangesTheRowInPlaceSoTheSelectionStays() {
        vm.apply(containers(container("a", "web", "shop", "running"), container("b", "db", "shop", "running")));
        RowEntry<ContainerRow> web = vm.containers().entry("a");
        vm.selectedProperty().set(web.row());
        vm.selectedContainers().setAll(web.row());

        vm.apply(containers(container("a", "web", "shop", "exited"), container("b", "db", "shop", "running"),
                container("c", "cache", "shop", "running")));
        assertThat(vm.containers().entry("a")).as("same entry, so the table keeps it selected").isSameAs(web);
        assertThat(web.row().state()).isEqualTo("exited");
        assertThat(((ContainerRow) vm.selectedProperty().get()).state()).isEqualTo("exited");
        assertThat(vm.selectedContainers()).extracting(ContainerRow::state).containsExactly("exited");
        assertThat(vm.containers().tabTitleProperty().get()).isEqualTo("Containers (3)");

        vm.apply(containers(container("b", "db", "shop", "running")));
        assertThat(vm.containers().entry("a")).isNull();
        assertThat(vm.selectedProperty().get()).as("a removed row is no longer selected").isNull();
    }

    @Test
    void anUpdateThatChangesTheSortKeyMovesTheRow() {
        vm.apply(containers(container("a", "alpha", "shop", "running"), container("b", "beta", "shop", "running")));
        vm.apply(containers(container("a", "omega", "shop", "running"), container("b", "beta", "shop", "running")));
        assertThat(shownNames(vm.containers())).containsExactly("beta", "omega");
    }

    @Test
    void volumesAreClassifiedOnlyWhenTheCoreOffersIt() {
        VolumeRow named = new VolumeRow("dbdata", "dbdata", "named", "", "stateful", "", List.of());
        assertThat(vm.canClassify(named)).isFalse();
        List<String> saved = new ArrayList<>();
        InventoryViewModel withClassifier = new InventoryViewModel(feed, flow, new VolumeClassSaver() {
            @Override public boolean available() { return true; }
            @Override public void classify(String volumeKey, Choice choice) { saved.add(volumeKey + "=" + choice); }
        }, Runnable::run, Runnable::run);
        VolumeRow bind = new VolumeRow("bind:/srv", "/srv", "bind", "", "stateful", "", List.of());
        assertThat(withClassifier.canClassify(bind)).as("a bind mount is not the engine's to classify").isFalse();
        withClassifier.classify(named, VolumeClassSaver.Choice.REGENERABLE);
        assertThat(saved).containsExactly("dbdata=REGENERABLE");
        assertThat(withClassifier.problemProperty().get()).isEmpty();
    }

    @Test
    void aFailedClassificationSaysSo() {
        InventoryViewModel failing = new InventoryViewModel(feed, flow, new VolumeClassSaver() {
            @Override public boolean available() { return true; }
            @Override public void classify(String volumeName, Choice choice) { throw new IllegalStateException("the store is read-only"); }
        }, Runnable::run, Runnable::run);
        failing.classify(new VolumeRow("dbdata", "dbdata", "named", "", "stateful", "", List.of()), VolumeClassSaver.Choice.STATEFUL);
        assertThat(failing.problemProperty().get()).isEqualTo("The classification of dbdata was not saved: the store is read-only");
    }
}
