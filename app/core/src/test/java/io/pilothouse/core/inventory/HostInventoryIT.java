package io.pilothouse.core.inventory;

import io.pilothouse.core.testenv.TcpRelay;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.EntityKind;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.StackInfo;
import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.pilothouse.core.inventory.EngineFixture.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HostInventoryIT {

    @TempDir
    Path home;

    private EngineFixture fx;
    private HostSession session;
    private HostInventory inventory;
    private final List<InventoryChange> changes = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        if (inventory != null) {
            inventory.close();
        }
        if (session != null) {
            session.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private InventorySnapshot startInventory() throws Exception {
        if (fx == null) {
            fx = new EngineFixture(home);
        }
        session = fx.unixSession();
        inventory = HostInventory.start(session, VolumeChoices.in(fx.dirs()), InventoryOptions.defaults());
        inventory.addListener(changes::add);
        return inventory.firstSnapshot().get(30, TimeUnit.SECONDS);
    }

    private ContainerInfo awaitContainer(String name, Predicate<ContainerInfo> what, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(10))
                .until(() -> inventory.current().container(name).filter(what).isPresent());
        return inventory.current().container(name).orElseThrow();
    }

    @Test
    void firstSnapshotMatchesTheEngine() throws Exception {
        fx = new EngineFixture(home);
        fx.run(fx.name("one"));
        InventorySnapshot snap = startInventory();
        // in a window where nothing of ours changed, the container list agrees with the CLI
        List<String> ours = List.of(ENV.docker("ps", "-aq", "--no-trunc", "--filter", "name=" + fx.run).split("\\s+"));
        assertThat(snap.containers().keySet()).containsAll(ours);
        ContainerInfo one = snap.container(fx.name("one")).orElseThrow();
        assertThat(one.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(one.inspected()).isTrue();
        assertThat(one.startedAt()).isPresent();
        assertThat(one.networks()).extracting(n -> n.networkName()).contains("bridge");
        assertThat(snap.networks().values()).extracting(n -> n.name()).contains("bridge", "host", "none");
        assertThat(snap.images()).isNotEmpty();
        assertThat(inventory.state()).isEqualTo(FeedState.LIVE);
    }

    @Test
    void outsideStartStopKillRemoveShowWithinASecond() throws Exception {
        startInventory();
        String name = fx.name("life");
        String id = fx.run(name, "--restart", "no");
        ContainerInfo running = awaitContainer(name, c -> c.state() == ContainerState.RUNNING, Duration.ofSeconds(1));
        assertThat(running.id()).isEqualTo(id);
        assertThat(changes).anyMatch(c -> c.added(EntityKind.CONTAINER).contains(id));

        ENV.docker("stop", "-t", "5", name);
        ContainerInfo stopped = awaitContainer(name, c -> c.state() == ContainerState.EXITED, Duration.ofSeconds(1));
        assertThat(stopped.exitCode()).isPresent();

        ENV.docker("start", name);
        awaitContainer(name, c -> c.state() == ContainerState.RUNNING, Duration.ofSeconds(1));

        ENV.docker("kill", name);
        ContainerInfo killed = awaitContainer(name, c -> c.state() == ContainerState.EXITED, Duration.ofSeconds(1));
        assertThat(killed.exitCode()).contains(137);

        ENV.docker("rm", name);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> inventory.current().container(id).isEmpty());
        assertThat(changes).anyMatch(c -> c.removed(EntityKind.CONTAINER).contains(id));
    }

    @Test
    void burstsAreCoalescedIntoFewChangesAtMostOnePerWindow() throws Exception {
        startInventory();
        List<Long> heard = new CopyOnWriteArrayList<>();
        inventory.addListener(c -> heard.add(System.nanoTime()));
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            names.add(fx.name("burst" + i));
        }
        names.parallelStream().forEach(n -> fx.run(n));
        await().atMost(Duration.ofSeconds(5)).until(() -> names.stream().allMatch(n -> inventory.current().container(n)
                .filter(c -> c.state() == ContainerState.RUNNING).isPresent()));
        Thread.sleep(300);
        int mark = heard.size();
        // one CLI call removing all 24: 24 x (kill, die, destroy) events in a quick burst
        List<String> rm = new java.util.ArrayList<>(List.of("rm", "-f"));
        rm.addAll(names);
        long burstStart = System.nanoTime();
        ENV.docker(rm.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(3)).until(() -> names.stream().allMatch(n -> inventory.current().container(n).isEmpty()));
        long burstMs = (System.nanoTime() - burstStart) / 1_000_000;
        Thread.sleep(300);
        int removalChanges = heard.size() - mark;
        // 72 engine events (kill, die, destroy per container): at most one change per 100 ms window of the burst
        assertThat(removalChanges).as("changes heard for the removal of 24 containers in %d ms", burstMs)
                .isBetween(1, (int) (burstMs / 100) + 2).isLessThan(24);
        // the model publishes at most once per 100 ms; listeners run on their own thread, so one late
        // delivery may sit close to the next one, but any three changes span at least two windows
        for (int i = 2; i < heard.size(); i++) {
            assertThat(Duration.ofNanos(heard.get(i) - heard.get(i - 2))).as("span of three changes")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void composeStackAndSwarmServiceAreGrouped() throws Exception {
        startInventory();
        String project = fx.name("proj");
        String web = fx.run(fx.name("web-1"), "--label", "com.docker.compose.project=" + project,
                "--label", "com.docker.compose.service=web");
        String db = fx.run(fx.name("db-1"), "--label", "com.docker.compose.project=" + project,
                "--label", "com.docker.compose.service=db");
        String stack = fx.name("stk");
        String svcName = stack + "_app";
        String svcId = fx.service(svcName, "--replicas", "2", "--label", "com.docker.stack.namespace=" + stack,
                "--container-label", "com.docker.stack.namespace=" + stack);

        await().atMost(Duration.ofSeconds(30)).until(() -> inventory.current().stack(project)
                .map(s -> s.containerIds().size() == 2).orElse(false)
                && inventory.current().services().containsKey(svcId)
                && inventory.current().services().get(svcId).runningReplicas() == 2
                && inventory.current().stack(stack).map(s -> s.containerIds().size() == 2).orElse(false));
        InventorySnapshot snap = inventory.current();
        StackInfo compose = snap.stack(project).orElseThrow();
        assertThat(compose.kind()).isEqualTo(StackKind.COMPOSE);
        assertThat(compose.containerIds()).containsExactlyInAnyOrder(web, db);
        assertThat(snap.container(web).orElseThrow().service()).contains("web");

        StackInfo swarm = snap.stack(stack).orElseThrow();
        assertThat(swarm.kind()).isEqualTo(StackKind.SWARM);
        assertThat(swarm.serviceIds()).containsExactly(svcId);
        assertThat(snap.servicesOf(swarm).get(0).desiredReplicas()).isEqualTo(2);
        assertThat(snap.tasksOf(svcId)).filteredOn(t -> t.isRunning()).hasSize(2);
        assertThat(snap.containersOf(swarm)).allSatisfy(c -> assertThat(c.service()).contains(svcName));
    }

    @Test
    void volumesAreClassified() throws Exception {
        startInventory();
        Path bind = Files.createDirectories(home.resolve("bind-src"));
        String named = fx.name("data");
        String index = fx.name("index");
        fx.volume(named);
        fx.volume(index, "io.pilothouse.backup=regenerable");
        String name = fx.name("vols");
        String id = fx.run(name, "-v", named + ":/data", "-v", index + ":/index", "-v", bind + ":/bind",
                "-v", "/anon", "--tmpfs", "/scratch");
        ContainerInfo c = awaitContainer(name, x -> x.mounts().size() == 5, Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(2)).until(() -> inventory.current().volumesOf(c).size() == 5);
        InventorySnapshot snap = inventory.current();
        VolumeInfo data = snap.volumes().get(named);
        assertThat(data.kind()).isEqualTo(VolumeKind.NAMED);
        assertThat(data.classification().value()).isEqualTo(VolumeClass.STATEFUL);
        assertThat(data.userIds()).containsExactly(id);
        assertThat(snap.volumes().get(index).classification().value()).isEqualTo(VolumeClass.REGENERABLE);
        VolumeInfo b = snap.volumesOf(c).stream().filter(v -> v.kind() == VolumeKind.BIND).findFirst().orElseThrow();
        assertThat(b.source()).isEqualTo(bind.toString());
        VolumeInfo anon = snap.volumesOf(c).stream().filter(v -> v.kind() == VolumeKind.ANONYMOUS).findFirst().orElseThrow();
        assertThat(anon.name()).matches("[0-9a-f]{64}");
        VolumeInfo tmpfs = snap.volumesOf(c).stream().filter(v -> v.kind() == VolumeKind.TMPFS).findFirst().orElseThrow();
        assertThat(tmpfs.name()).isEqualTo("/scratch");
        assertThat(tmpfs.classification().value()).isEqualTo(VolumeClass.SKIP);

        // a saved choice wins over the default, survives in the config dir, and is published
        inventory.saveVolumeClass(named, Optional.of(VolumeClass.SKIP)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(1)).until(() ->
                inventory.current().volumes().get(named).classification().value() == VolumeClass.SKIP);
        assertThat(VolumeChoices.in(fx.dirs()).choice(session.profile().id(), named)).contains(VolumeClass.SKIP);
    }

    @Test
    void aBrokenEventStreamIsRecoveredWithTheGapApplied() throws Exception {
        fx = new EngineFixture(home);
        String keep = fx.name("keep");
        String gone = fx.name("gone");
        fx.run(keep);
        String goneId = fx.run(gone);
        try (TcpRelay relay = new TcpRelay("127.0.0.1", ENV.tlsHost(), ENV.tlsPort())) {
            session = fx.tlsSession(relay.port());
            inventory = HostInventory.start(session, VolumeChoices.in(fx.dirs()),
                    InventoryOptions.defaults().withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
            List<FeedState> states = new CopyOnWriteArrayList<>();
            inventory.addListener(new io.pilothouse.core.model.InventoryListener() {
                @Override
                public void inventoryChanged(InventoryChange change) {
                    changes.add(change);
                }

                @Override
                public void feedStateChanged(FeedState state, String detail) {
                    states.add(state);
                }
            });
            inventory.firstSnapshot().get(30, TimeUnit.SECONDS);
            assertThat(inventory.current().container(gone)).isPresent();

            relay.cut();
            await().atMost(Duration.ofSeconds(5)).until(() -> inventory.state() == FeedState.RECONNECTING);
            // while the stream is down: stop one, remove one, start a new one
            ENV.docker("stop", "-t", "1", keep);
            ENV.docker("rm", "-f", gone);
            String fresh = fx.name("fresh");
            String freshId = fx.run(fresh);
            Thread.sleep(500);
            assertThat(inventory.current().container(gone)).as("nothing seen while cut").isPresent();

            relay.resume();
            await().atMost(Duration.ofSeconds(10)).until(() -> inventory.state() == FeedState.LIVE);
            InventorySnapshot after = inventory.current();
            assertThat(after.container(goneId)).isEmpty();
            assertThat(after.container(keep).orElseThrow().state()).isEqualTo(ContainerState.EXITED);
            assertThat(after.container(freshId).orElseThrow().state()).isEqualTo(ContainerState.RUNNING);
            assertThat(changes).anyMatch(InventoryChange::resync);
            assertThat(states).contains(FeedState.RECONNECTING, FeedState.LIVE);

            // and the stream is followed again
            ENV.docker("start", keep);
            awaitContainer(keep, c -> c.state() == ContainerState.RUNNING, Duration.ofSeconds(1));
        }
    }
}
