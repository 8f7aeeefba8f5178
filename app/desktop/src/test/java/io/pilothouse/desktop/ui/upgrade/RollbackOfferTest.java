package io.pilothouse.desktop.ui.upgrade;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RollbackOfferTest {

    final RecordingUpgradePort port = new RecordingUpgradePort();
    final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void offeredOnlyForContainersTheJournalHoldsAnUpgradeOf() {
        List<Runnable> queued = new ArrayList<>();
        RollbackOffer offer = new RollbackOffer(port, () -> Set.of("web"), queued::add, Runnable::run, failures::add);
        assertThat(offer.available("web")).as("nothing read yet").isFalse();
        assertThat(queued).hasSize(1);
        offer.available("web");
        assertThat(queued).as("one read at a time").hasSize(1);
        queued.remove(0).run();
        assertThat(offer.available("web")).isTrue();
        assertThat(offer.available("db")).isFalse();
    }

    @Test
    void openBuildsTheRollbackAndOpensThePlanWizardOrShowsWhy() {
        RollbackOffer offer = new RollbackOffer(port, Set::of, Runnable::run, Runnable::run, failures::add);
        offer.open("web");
        assertThat(port.opened).extracting(d -> d.plan().title()).containsExactly("Upgrade web to its previous image");

        offer.open("never-upgraded");
        assertThat(port.opened).hasSize(1);
        assertThat(failures).containsExactly("The journal has no upgrade of never-upgraded on dev-1: there is no previous"
                + " image to roll back to.");
    }

    @Test
    void theRegistryOpensOnConnectedHostsAndNamesTheOthers() {
        UpgradeRollbacks rollbacks = new UpgradeRollbacks();
        List<String> opened = new ArrayList<>();
        rollbacks.connected("dev-1", opened::add);
        assertThat(rollbacks.open("dev-1", "web")).isEmpty();
        assertThat(opened).containsExactly("web");
        assertThat(rollbacks.open("prod-1", "web"))
                .isEqualTo("Connect to prod-1 in the main window first: the rollback of web runs there.");
    }
}
