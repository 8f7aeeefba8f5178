package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.guard.ProductionGuardViewModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerActionFlowTest {

    final ConfirmationRule rule = ConfirmationRule.of(new ProductionGuard());
    final HostProfile prod = HostProfile.create("prod-1", new UnixSocketTransport("/var/run/docker.sock"), Environment.PRODUCTION);
    final HostProfile dev = HostProfile.create("dev-1", new UnixSocketTransport("/var/run/docker.sock"), Environment.DEVELOPMENT);
    final List<String> calls = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final List<ContainerTarget> two = List.of(new ContainerTarget("id1", "web"), new ContainerTarget("id2", "db"));

    /** The port records the call and succeeds on all. */
    final List<String> typedSeen = new ArrayList<>();
    final ContainerActionPort port = (action, targets, typed) -> {
        typedSeen.add(typed);
        calls.add(action + " " + targets.stream().map(ContainerTarget::name).toList());
        return new ActionOutcome(action, targets.stream().map(ContainerTarget::name).toList(), Map.of());
    };

    /** Answers the guard as a person typing {@code typed} would, through the real guard view model. */
    ActionConfirmer typing(String typed) {
        return (host, action, sentence) -> {
            asked.add(action + ": " + sentence);
            ProductionGuardViewModel guard = new ProductionGuardViewModel(host, action, rule);
            guard.typedProperty().set(typed);
            return guard.isConfirmed() ? java.util.Optional.of(typed) : java.util.Optional.empty();
        };
    }

    @Test
    void aWrongNameOnProductionRunsNothing() {
        ContainerActionFlow flow = new ContainerActionFlow(prod, rule, typing("prod-2"), port, Runnable::run, Runnable::run);
        assertThat(flow.run(ContainerAction.START, two)).isFalse();
        assertThat(asked).as("even a start asks on production").hasSize(1);
        assertThat(calls).isEmpty();
        assertThat(flow.reportProperty().get()).isNull();
    }

    @Test
    void theRightNameOnProductionRunsTheActionAndReports() {
        ContainerActionFlow flow = new ContainerActionFlow(prod, rule, typing(" prod-1 "), port, Runnable::run, Runnable::run);
        assertThat(flow.run(ContainerAction.STOP, two)).isTrue();
        assertThat(asked).containsExactly("stop: Stop 2 containers (web, db)?");
        assertThat(calls).containsExactly("STOP [web, db]");
        assertThat(typedSeen).as("the core checks the typed name again").containsExactly(" prod-1 ");
        assertThat(flow.reportProperty().get()).isEqualTo(new ActionReport("Stopped 2 containers", "web, db", false));
        assertThat(flow.busyProperty().get()).isFalse();
    }

    @Test
    void elsewhereOnlyDestructiveActionsAsk() {
        ContainerActionFlow flow = new ContainerActionFlow(dev, rule, (h, a, s) -> {
            asked.add(a + ": " + s);
            return java.util.Optional.empty();
        }, port, Runnable::run, Runnable::run);
        assertThat(flow.run(ContainerAction.START, two)).isTrue();
        assertThat(asked).isEmpty();
        assertThat(flow.run(ContainerAction.REMOVE_WITH_VOLUMES, two.subList(0, 1))).isFalse();
        assertThat(asked).containsExactly("remove with anonymous volumes: Remove the container web together with their anonymous volumes? A running one is killed first; the data in those volumes is lost.");
        assertThat(calls).containsExactly("START [web, db]");
    }

    @Test
    void failuresAreListedPerContainer() {
        ContainerActionFlow flow = new ContainerActionFlow(dev, rule, (h, a, s) -> java.util.Optional.of(""),
                (action, targets, typed) -> new ActionOutcome(action, List.of("web"), Map.of("db", "is already stopped", "cache", "not found")),
                Runnable::run, Runnable::run);
        flow.run(ContainerAction.KILL, two);
        ActionReport report = flow.reportProperty().get();
        assertThat(report.failed()).isTrue();
        assertThat(report.title()).isEqualTo("Killed 1 of 3 containers");
        assertThat(report.text()).isEqualTo("cache: not found\ndb: is already stopped");
    }

    @Test
    void anExceptionFromTheCoreBecomesAFailedReport() {
        ContainerActionFlow flow = new ContainerActionFlow(dev, rule, (h, a, s) -> java.util.Optional.of(""),
                (action, targets, typed) -> { throw new IllegalStateException("The engine did not answer within 30 s"); },
                Runnable::run, Runnable::run);
        flow.run(ContainerAction.RESTART, two);
        assertThat(flow.reportProperty().get())
                .isEqualTo(new ActionReport("Could not restart 2 containers", "The engine did not answer within 30 s", true));
    }

    @Test
    void nothingSelectedDoesNothing() {
        ContainerActionFlow flow = new ContainerActionFlow(prod, rule, typing("prod-1"), port, Runnable::run, Runnable::run);
        assertThat(flow.run(ContainerAction.KILL, List.of())).isFalse();
        assertThat(asked).isEmpty();
    }
}
