package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.pilothouse.desktop.ui.hosts.Hosts.local;
import static io.pilothouse.desktop.ui.hosts.Hosts.ssh;
import static org.assertj.core.api.Assertions.assertThat;

class MainWindowViewModelTest {

    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    final InMemoryHostProfiles profiles = new InMemoryHostProfiles();
    final ScriptedConnector connector = new ScriptedConnector();
    final List<Notice> notices = new ArrayList<>();

    MainWindowViewModel started() {
        MainWindowViewModel vm = new MainWindowViewModel(profiles, connector, Runnable::run, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        vm.setNoticeSink(notices::add);
        vm.start();
        return vm;
    }

    static HostItem item(MainWindowViewModel vm, String name) {
        return vm.hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void firstStartAddsTheLocalEngineAndConnectsIt() {
        profiles.firstStart(local("local", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        assertThat(vm.hosts()).extracting(HostItem::name).containsExactly("local");
        assertThat(connector.link("local").connects).isEqualTo(1);
        assertThat(item(vm, "local").status().state()).isEqualTo(HostStatus.State.CONNECTED);
        assertThat(profiles.list()).extracting(HostProfile::name).containsExactly("local");
        assertThat(vm.selected().name()).as("a lone host is shown at once").isEqualTo("local");
        assertThat(vm.facts()).contains(new InfoRow("API", "1.43"));
    }

    @Test
    void anExistingFileIsNotTouchedEvenWhenEmpty() {
        MainWindowViewModel vm = started();
        assertThat(vm.hosts()).isEmpty();
        assertThat(vm.placeholderTitleProperty().get()).isEqualTo("No hosts yet");
    }

    @Test
    void everySavedHostConnectsAtStart() {
        profiles.with(local("a", Environment.DEVELOPMENT), ssh("b", Environment.STAGING));
        MainWindowViewModel vm = started();
        assertThat(vm.selected()).as("among several hosts, the person chooses").isNull();
        assertThat(connector.links.values()).allSatisfy(l -> assertThat(l.connects).isEqualTo(1)).hasSize(2);
    }

    @Test
    void heldConnectionsStartWhenReleasedAndTheHostsShowAsConnectingMeanwhile() {
        profiles.with(local("a", Environment.DEVELOPMENT), ssh("b", Environment.STAGING), ssh("c", Environment.STAGING));
        MainWindowViewModel vm = new MainWindowViewModel(profiles, connector, Runnable::run, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        vm.holdConnections();
        vm.start();
        assertThat(vm.hosts()).extracting(HostItem::name).containsExactly("a", "b", "c");
        assertThat(connector.links.values()).allSatisfy(l -> assertThat(l.connects).isZero());
        assertThat(vm.hosts()).allSatisfy(h -> assertThat(h.stateLabelProperty().get()).isEqualTo("Connecting…"));
        vm.selectedProperty().set(item(vm, "b"));
        assertThat(vm.canConnectProperty().get()).as("already on its way").isFalse();

        profiles.remove("c");
        vm.releaseConnections();

        assertThat(connector.link("a").connects).isEqualTo(1);
        assertThat(connector.link("b").connects).isEqualTo(1);
        assertThat(connector.link("c").connects).as("gone from the list before its turn").isZero();
        assertThat(item(vm, "a").status().state()).isEqualTo(HostStatus.State.CONNECTED);

        profiles.add(local("d", Environment.DEVELOPMENT));
        assertThat(connector.link("d").connects).as("once released, a new host connects at once").isEqualTo(1);
    }

    @Test
    void hostsAreGroupedByEnvironmentInAFixedOrderThenByName() {
        profiles.with(local("zeta", Environment.DEVELOPMENT), ssh("web-2", Environment.PRODUCTION),
                ssh("web-1", Environment.PRODUCTION), local("lab", Environment.of("qa")),
                ssh("stage", Environment.STAGING), local("alpha", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        assertThat(vm.groups()).extracting(HostGroup::environment)
                .containsExactly("production", "staging", "development", "qa");
        assertThat(vm.groups().get(0).hosts()).extracting(HostItem::name).containsExactly("web-1", "web-2");
        assertThat(vm.groups().get(2).hosts()).extracting(HostItem::name).containsExactly("alpha", "zeta");
        assertThat(vm.groups()).extracting(HostGroup::colour)
                .containsExactly("#c62828", "#ef6c00", "#2e7d32", Environment.CUSTOM_COLOUR);
    }

    @Test
    void tooltipsSayEngineAndLatencyOrWhyAndWhenNext() {
        profiles.with(local("a", Environment.DEVELOPMENT), ssh("b", Environment.STAGING), ssh("c", Environment.STAGING));
        MainWindowViewModel vm = started();
        connector.link("b").emit(ScriptedConnector.disconnected("Connection to b.example.invalid:22 was refused.",
                NOW.plusSeconds(5)));
        connector.link("c").emit(ScriptedConnector.failed("The SSH server c refused the key."));
        assertThat(item(vm, "a").detailProperty().get()).isEqualTo("Connected: Docker 24.0.7 on engine-1 (API 1.43), 3 ms");
        assertThat(item(vm, "b").detailProperty().get()).isEqualTo(
                "Connection to b.example.invalid:22 was refused.\nNext attempt at 12:00:05 (in 5 s).");
        assertThat(item(vm, "b").stateLabelProperty().get()).isEqualTo("Disconnected");
        assertThat(item(vm, "c").detailProperty().get()).isEqualTo("The SSH server c refused the key.");
        assertThat(item(vm, "c").stateLabelProperty().get()).isEqualTo("Failed");
    }

    @Test
    void anUnreadableProfilesFileIsAWarningNamingWhereItWasKept() {
        profiles.unreadable("The saved hosts file is not valid JSON (line 3).", Path.of("/tmp/profiles.json.broken"));
        started();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.severity()).isEqualTo(Notice.Severity.WARNING);
            assertThat(n.interrupting()).as("shown in the window, not as a dialog").isFalse();
            assertThat(n.sentence()).isEqualTo("The saved hosts file is not valid JSON (line 3). "
                    + "The unreadable file was kept as /tmp/profiles.json.broken.");
        });
    }

    @Test
    void savedHostsThatCannotBeLoadedAreAProblemShownInTheWindow() {
        HostProfiles broken = new InMemoryHostProfiles() {
            @Override
            public io.pilothouse.core.profiles.ProfileLoad reload() {
                throw new IllegalStateException("The profiles file is locked by another program.");
            }
        };
        MainWindowViewModel vm = new MainWindowViewModel(broken, connector, Runnable::run, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        vm.setNoticeSink(notices::add);
        vm.start();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.interrupting()).isFalse();
            assertThat(n.severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(n.sentence()).isEqualTo("The saved hosts could not be loaded: The profiles file is locked by another program.");
        });
        assertThat(vm.hosts()).isEmpty();
    }

    @Test
    void selectingAProductionHostShowsTheBannerTitleAndFacts() {
        profiles.with(ssh("prod-1", Environment.PRODUCTION), local("dev", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        vm.selectedProperty().set(item(vm, "prod-1"));
        assertThat(vm.bannerVisibleProperty().get()).isTrue();
        assertThat(vm.bannerTextProperty().get()).isEqualTo("PRODUCTION — prod-1");
        assertThat(vm.environmentColourProperty().get()).isEqualTo("#c62828");
        assertThat(vm.titleProperty().get()).isEqualTo("Pilothouse — prod-1");
        assertThat(vm.statusTextProperty().get()).startsWith("prod-1 — Connected: Docker 24.0.7");
        assertThat(vm.facts()).extracting(InfoRow::label)
                .containsExactly("Engine", "API", "OS/arch", "Swarm role", "Containers", "Latency");
        assertThat(vm.facts()).contains(new InfoRow("Containers", "3 containers (1 running)"),
                new InfoRow("OS/arch", "linux/amd64"));

        vm.selectedProperty().set(item(vm, "dev"));
        assertThat(vm.bannerVisibleProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("Pilothouse — dev");
    }

    @Test
    void factsGoAwayWhenTheSelectedHostDisconnects() {
        profiles.with(local("a", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        vm.selectedProperty().set(item(vm, "a"));
        assertThat(vm.facts()).isNotEmpty();
        connector.link("a").emit(ScriptedConnector.disconnected("The engine a went away.", NOW.plusSeconds(1)));
        assertThat(vm.facts()).isEmpty();
        assertThat(vm.canConnectProperty().get()).isTrue();
        assertThat(vm.statusTextProperty().get()).contains("The engine a went away.");
    }

    @Test
    void aFailureAfterTheUserAskedToConnectBecomesAnErrorNotice() {
        connector.onConnect = p -> ScriptedConnector.failed("The key for pilot@b was refused.");
        profiles.with(ssh("b", Environment.STAGING));
        MainWindowViewModel vm = started();
        assertThat(notices).as("connecting at start shows failures in the list only").isEmpty();
        vm.connect(item(vm, "b"));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(n.interrupting()).as("the error dialog").isTrue();
            assertThat(n.title()).isEqualTo("Could not connect to b");
            assertThat(n.failure()).isPresent();
            assertThat(n.sentence()).isEqualTo("The key for pilot@b was refused.");
        });
    }

    @Test
    void aLinkThatCannotStartShowsTheHostFailedWithASentence() {
        connector.linkFailure = new IllegalStateException("no connection threads left");
        profiles.with(local("a", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        assertThat(item(vm, "a").status().state()).isEqualTo(HostStatus.State.FAILED);
        assertThat(item(vm, "a").detailProperty().get())
                .isEqualTo("Pilothouse could not start connecting to a: no connection threads left");
    }

    @Test
    void removingAHostClosesItsConnection() {
        profiles.with(local("a", Environment.DEVELOPMENT), local("b", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        vm.selectedProperty().set(item(vm, "a"));
        ScriptedConnector.ScriptedLink link = connector.link("a");
        vm.remove(item(vm, "a"));
        assertThat(vm.hosts()).extracting(HostItem::name).containsExactly("b");
        assertThat(connector.closed).containsExactly(link);
        assertThat(vm.selected()).isNull();
        assertThat(vm.titleProperty().get()).isEqualTo("Pilothouse");
    }

    @Test
    void editingTheTransportReconnectsButRenamingDoesNot() {
        HostProfile a = local("a", Environment.DEVELOPMENT);
        profiles.with(a);
        MainWindowViewModel vm = started();
        ScriptedConnector.ScriptedLink first = connector.link("a");
        HostEditorViewModel editor = vm.editorFor(item(vm, "a"));
        vm.save(editor, a.withName("a2"));
        assertThat(connector.closed).isEmpty();
        assertThat(item(vm, "a2").id()).isEqualTo(a.id());

        vm.save(editor, a.withName("a2").withTransport(new io.pilothouse.core.host.UnixSocketTransport("/run/other.sock")));
        assertThat(connector.closed).containsExactly(first);
        assertThat(connector.link("a2").connects).isEqualTo(1);
    }

    @Test
    void duplicateSuggestsAFreeNameAndSelectsTheCopyOnceSaved() {
        profiles.with(local("a", Environment.PRODUCTION), local("a-copy", Environment.PRODUCTION));
        MainWindowViewModel vm = started();
        HostEditorViewModel editor = vm.duplicateEditorFor(item(vm, "a"));
        assertThat(editor.nameProperty().get()).isEqualTo("a-copy-2");
        assertThat(editor.profile()).get().satisfies(p -> {
            assertThat(p.id()).isNotEqualTo(item(vm, "a").id());
            assertThat(p.environment()).isEqualTo(Environment.PRODUCTION);
        });
        vm.save(editor, editor.profile().orElseThrow());
        assertThat(vm.selected().name()).isEqualTo("a-copy-2");
        assertThat(vm.groups().get(0).hosts()).hasSize(3);
    }

    @Test
    void aNameTakenMeanwhileIsAnErrorNoticeWithTheCatalogSentence() {
        profiles.with(local("a", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        HostEditorViewModel editor = vm.newHostEditor();
        vm.save(editor, local("A", Environment.DEVELOPMENT));
        assertThat(notices).singleElement().extracting(Notice::sentence).isEqualTo("A host named 'A' already exists");
    }

    @Test
    void disconnectAsksTheLink() {
        profiles.with(local("a", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();
        vm.selectedProperty().set(item(vm, "a"));
        assertThat(vm.canDisconnectProperty().get()).isTrue();
        vm.disconnect(item(vm, "a"));
        assertThat(connector.link("a").disconnects).isEqualTo(1);
        assertThat(vm.canConnectProperty().get()).isTrue();
        assertThat(vm.canDisconnectProperty().get()).isFalse();
    }

    @Test
    void importingContextsAddsTheNewHostsAndSaysWhichWereLeftOut() {
        profiles.with(local("build", Environment.STAGING))
                .contexts(local("ci", Environment.DEVELOPMENT), local("BUILD", Environment.DEVELOPMENT));
        MainWindowViewModel vm = started();

        vm.importContexts();

        assertThat(vm.hosts()).extracting(HostItem::name).contains("build", "ci");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.severity()).isEqualTo(Notice.Severity.WARNING);
            assertThat(n.interrupting()).isFalse();
            assertThat(n.sentence()).isEqualTo("Added ci. Left out BUILD: A host named 'BUILD' already exists.");
        });
    }
}
