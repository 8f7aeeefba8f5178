package io.pilothouse.core.inventory;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostStatus;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.FeedState;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryListener;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine's daemon is stopped and started again under a following inventory (on an engine of
 * its own, so no other test loses its engine): the connection comes back by itself and the
 * picture afterwards is the engine's — containers without a restart policy exited, those with one
 * running again, a container created right after the restart present — and events flow again.
 */
class DaemonRestartIT {

    private static final TestEnv ENGINE = TestEnv.restartable();

    @TempDir
    Path home;

    private EngineFixture fx;
    private HostConnection connection;
    private HostInventory inventory;

    @AfterEach
    void cleanUp() {
        if (inventory != null) {
            inventory.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aDaemonRestartIsSurvivedWithTheEnginesPictureAfterwards() throws Exception {
        fx = new EngineFixture(home, ENGINE);
        String always = fx.name("always");
        String plain = fx.name("plain");
        fx.run(always, "--restart", "always");
        fx.run(plain);
        connection = new HostConnection(fx.unixProfile(), new ConnectionFactory(fx.dirs()),
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10)));
        List<HostStatus.State> states = new CopyOnWriteArrayList<>();
        connection.addListener(status -> states.add(status.state()));
        connection.connect();
        await().atMost(Duration.ofSeconds(20)).until(() -> connection.session().isPresent());
        inventory = HostInventory.follow(connection, io.pilothouse.core.inventory.VolumeChoices.in(fx.dirs()),
                InventoryOptions.defaults().withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
        List<FeedState> feed = new CopyOnWriteArrayList<>();
        List<InventoryChange> changes = new CopyOnWriteArrayList<>();
        inventory.addListener(new InventoryListener() {
            @Override
            public void inventoryChanged(InventoryChange change) {
                changes.add(change);
            }

            @Override
            public void feedStateChanged(FeedState state, String detail) {
                feed.add(state);
            }
        });
        inventory.firstSnapshot().get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> inventory.current().container(plain)
                .map(c -> c.state() == ContainerState.RUNNING).orElse(false));

        ENGINE.restartDaemon();
        // created by the CLI right after the daemon came back: the fresh snapshot must hold it
        String after = fx.name("after");
        String afterId = fx.run(after);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(inventory.state()).isEqualTo(FeedState.LIVE);
            InventorySnapshot now = inventory.current();
            assertThat(now.container(afterId)).map(ContainerInfo::state).contains(ContainerState.RUNNING);
            assertThat(now.container(always)).map(ContainerInfo::state).contains(ContainerState.RUNNING);
            assertThat(now.container(plain)).map(ContainerInfo::state).contains(ContainerState.EXITED);
        });
        assertThat(feed).as("the feed went down and came back").contains(FeedState.RECONNECTING, FeedState.LIVE);
        assertThat(changes).anyMatch(InventoryChange::resync);

        // the model holds exactly what the engine holds
        Set<String> engineIds = Arrays.stream(ENGINE.docker("ps", "-aq", "--no-trunc").split("\\s+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(inventory.current().containers().keySet())).isEqualTo(engineIds);

        // and events are followed again
        ENGINE.docker("stop", "-t", "1", after);
        await().atMost(Duration.ofSeconds(2)).until(() -> inventory.current().container(afterId)
                .map(c -> c.state() == ContainerState.EXITED).orElse(false));
    }
}
