package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;
import io.pilothouse.core.host.HostStatus.State;
import io.pilothouse.core.profiles.ProfileLoad;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The main window: the saved hosts grouped by environment with their connection state, the
 * selected host's facts, and the commands on hosts. Disk and network work runs on the background
 * executor; every property changes on the UI executor.
 */
public final class MainWindowViewModel {

    private final HostProfiles profiles;
    private final HostConnector connector;
    private final Executor background;
    private final Executor ui;
    private final HostStatusText text;
    private final HostGroups grouping = new HostGroups();
    private final Map<String, HostLink> links = new HashMap<>();
    private final Set<String> askedToConnect = new HashSet<>();
    private final ObservableList<HostItem> hosts = FXCollections.observableArrayList();
    private final ObservableList<HostGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<InfoRow> facts = FXCollections.observableArrayList();
    // kept: an unmodifiable view listens to its list weakly and would stop reporting once collected
    private final ObservableList<HostItem> hostsView = FXCollections.unmodifiableObservableList(hosts);
    private final ObservableList<HostGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<InfoRow> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObjectProperty<HostItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final SelectionText selection = new SelectionText();
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect");
    private final ReadOnlyBooleanWrapper canDisconnect = new ReadOnlyBooleanWrapper(this, "canDisconnect");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private volatile Consumer<Notice> notices = n -> { };
    private String selectWhenListed;
    /** Connections asked for while held (see {@link #holdConnections()}); null when not held. */
    private List<Runnable> heldConnects;

    public MainWindowViewModel(HostProfiles profiles, HostConnector connector, Executor background, Executor ui,
                               Clock clock) {
        this.profiles = profiles;
        this.connector = connector;
        this.background = background;
        this.ui = ui;
        this.text = new HostStatusText(clock);
        selected.addListener((o, was, now) -> refreshSelection());
        refreshSelection();
    }

    /** Where problems go: warnings as a notice in the window, failures as the error dialog. */
    public void setNoticeSink(Consumer<Notice> sink) {
        this.notices = sink;
    }

    /**
     * Keeps the connections that the hosts' listing starts until {@link #releaseConnections()}: the app
     * draws its first window before the key exchanges and TLS handshakes compete with it for the
     * processors. The hosts show as connecting meanwhile. Call before {@link #start()}.
     */
    public void holdConnections() {
        heldConnects = new ArrayList<>();
    }

    /** Starts the connections held since {@link #holdConnections()}, except for hosts gone meanwhile. */
    public void releaseConnections() {
        List<Runnable> held = heldConnects;
        heldConnects = null;
        if (held != null) {
            held.forEach(Runnable::run);
        }
    }

    /** Loads the saved hosts (adding the local engine on a first start) and connects them all. */
    public void start() {
        background.execute(() -> {
            ProfileLoad load;
            try {
                profiles.addListener(this::profilesChanged);
                load = profiles.reload();
            } catch (RuntimeException e) {
                notice(Notice.problem("Saved hosts", "The saved hosts could not be loaded: " + e.getMessage()));
                return;
            }
            load.problem().ifPresent(p -> notice(Notice.warning("Saved hosts", p
                    + load.setAside().map(path -> " The unreadable file was kept as " + path + ".").orElse(""))));
            if (!load.fileExisted() && load.problem().isEmpty() && profiles.list().isEmpty()) {
                addLocalEngine();
            }
            profilesChanged();
        });
    }

    private void addLocalEngine() {
        try {
            profiles.localEngine().ifPresent(profiles::add);
        } catch (RuntimeException e) {
            notice(Notice.warning("Local engine", "The local Docker engine could not be added: " + e.getMessage()));
        }
    }

    private void profilesChanged() {
        List<HostProfile> list = profiles.list();
        ui.execute(() -> reconcile(list));
    }

    private void reconcile(List<HostProfile> list) {
        boolean wasEmpty = hosts.isEmpty();
        Map<String, HostItem> byId = new HashMap<>();
        hosts.forEach(h -> byId.put(h.id(), h));
        List<HostItem> next = new ArrayList<>();
        for (HostProfile p : list) {
            HostItem item = byId.remove(p.id());
            if (item == null) {
                item = new HostItem(p, text);
                next.add(item);
                openLink(item);
            } else {
                next.add(item);
                if (!item.profile().equals(p)) {
                    boolean transportChanged = !item.profile().transport().equals(p.transport());
                    item.setProfile(p);
                    if (transportChanged) {
                        openLink(item);
                    }
                }
            }
        }
        byId.values().forEach(gone -> closeLink(gone.id()));
        hosts.setAll(next);
        groups.setAll(grouping.group(next));
        if (selectWhenListed != null) {
            next.stream().filter(h -> h.id().equals(selectWhenListed)).findFirst().ifPresent(selected::set);
            selectWhenListed = null;
        }
        if (selected.get() != null && !next.contains(selected.get())) {
            selected.set(null);
        }
        // a first and only host (the local engine on a first start) is shown at once; among several, the person chooses
        if (wasEmpty && selected.get() == null && next.size() == 1) {
            selected.set(next.get(0));
        }
        refreshSelection();
    }

    private void openLink(HostItem item) {
        closeLink(item.id());
        HostProfile profile = item.profile();
        try {
            HostLink link = connector.link(profile);
            links.put(profile.id(), link);
            link.addListener(s -> ui.execute(() -> {
                if (links.get(profile.id()) == link) {
                    onStatus(item, s);
                }
            }));
            connectSoon(item, link);
        } catch (RuntimeException e) {
            onStatus(item, couldNotStart(profile, e));
        }
    }

    private void connectSoon(HostItem item, HostLink link) {
        if (heldConnects == null) {
            background.execute(() -> startConnecting(item, link));
            return;
        }
        onStatus(item, HostStatus.connecting());
        heldConnects.add(() -> {
            if (links.get(item.id()) == link) {
                background.execute(() -> startConnecting(item, link));
            }
        });
    }

    private void startConnecting(HostItem item, HostLink link) {
        try {
            link.connect();
        } catch (RuntimeException e) {
            ui.execute(() -> onStatus(item, couldNotStart(item.profile(), e)));
        }
    }

    private static HostStatus couldNotStart(HostProfile profile, RuntimeException e) {
        ConnectionFailure failure = e instanceof ConnectionFailure cf ? cf : new ConnectionFailure(
                ConnectionFailure.Kind.OTHER, "Pilothouse could not start connecting to " + profile.name()
                + ": " + e.getMessage(), e);
        return new HostStatus(State.FAILED, Optional.empty(), Optional.of(failure), Optional.empty());
    }

    private void closeLink(String id) {
        HostLink link = links.remove(id);
        askedToConnect.remove(id);
        if (link != null) {
            background.execute(() -> {
                try {
                    link.close();
                } catch (RuntimeException ignored) {
                    // the host is gone from the list; nothing is left to show about it
                }
            });
        }
    }

    private void onStatus(HostItem item, HostStatus status) {
        item.setStatus(status);
        if (status.state() == State.CONNECTED) {
            askedToConnect.remove(item.id());
        } else if (status.state() == State.FAILED && askedToConnect.remove(item.id())) {
            status.failure().ifPresent(f -> notices.accept(Notice.of("Could not connect to " + item.name(), f)));
        }
        if (item == selected.get()) {
            refreshSelection();
        }
    }

    private void refreshSelection() {
        HostItem item = selected.get();
        selection.show(item, hosts.isEmpty());
        facts.setAll(item != null && item.status().state() == State.CONNECTED
                ? item.status().info().map(EngineInfoText::rows).orElse(List.of()) : List.of());
        State state = item == null ? null : item.status().state();
        hasSelection.set(item != null);
        canConnect.set(state == State.IDLE || state == State.DISCONNECTED || state == State.FAILED);
        canDisconnect.set(state == State.CONNECTING || state == State.CONNECTED || state == State.DISCONNECTED);
    }

    private void notice(Notice notice) {
        ui.execute(() -> notices.accept(notice));
    }

    // ---- commands

    public void connect(HostItem item) {
        HostLink link = links.get(item.id());
        if (link == null) {
            openLink(item);
            askedToConnect.add(item.id());
            return;
        }
        askedToConnect.add(item.id());
        connectSoon(item, link);
    }

    public void disconnect(HostItem item) {
        HostLink link = links.get(item.id());
        askedToConnect.remove(item.id());
        if (link != null) {
            background.execute(() -> {
                try {
                    link.disconnect();
                } catch (RuntimeException e) {
                    notice(Notice.error("Disconnect", "Could not disconnect from " + item.name() + ": " + e.getMessage()));
                }
            });
        }
    }

    public void remove(HostItem item) {
        String name = item.name();
        inBackground("Remove host", "The host " + name + " could not be removed: ", () -> profiles.remove(name));
    }

    /** Imports the Docker CLI's contexts off the UI thread and says in the window what came in and what did not. */
    public void importContexts() {
        background.execute(() -> {
            try {
                notice(ContextImportText.notice(profiles.importContexts()));
            } catch (RuntimeException e) {
                notice(Notice.error("Import Docker contexts", "The Docker contexts could not be imported: " + e.getMessage()));
            }
        });
    }

    /** Saves what the editor built: a new host for add and duplicate, a replacement for edit. */
    public void save(HostEditorViewModel editor, HostProfile profile) {
        if (editor.mode() == HostEditorViewModel.Mode.EDIT) {
            inBackground("Edit host", "The host " + profile.name() + " could not be saved: ", () -> profiles.update(profile));
        } else {
            selectWhenListed = profile.id();
            inBackground("Add host", "The host " + profile.name() + " could not be added: ", () -> profiles.add(profile));
        }
    }

    private void inBackground(String title, String prefix, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (IllegalArgumentException e) {
                notice(Notice.error(title, e.getMessage()));
            } catch (RuntimeException e) {
                notice(Notice.error(title, prefix + e.getMessage()));
            }
        });
    }

    public HostEditorViewModel newHostEditor() {
        return new HostEditorViewModel(HostEditorViewModel.Mode.ADD, null, this::nameTaken, connector, background, ui);
    }

    public HostEditorViewModel editorFor(HostItem item) {
        return new HostEditorViewModel(HostEditorViewModel.Mode.EDIT, item.profile(), this::nameTaken, connector,
                background, ui);
    }

    public HostEditorViewModel duplicateEditorFor(HostItem item) {
        HostProfile copy = item.profile().duplicate(freeCopyName(item.name()));
        return new HostEditorViewModel(HostEditorViewModel.Mode.DUPLICATE, copy, this::nameTaken, connector,
                background, ui);
    }

    private boolean nameTaken(String name, String exceptId) {
        return hosts.stream().anyMatch(h -> !h.id().equals(exceptId) && h.name().equalsIgnoreCase(name.trim()));
    }

    private String freeCopyName(String name) {
        String candidate = name + "-copy";
        for (int n = 2; nameTaken(candidate, ""); n++) {
            candidate = name + "-copy-" + n;
        }
        return candidate;
    }

    /** Closes every connection (the window is closing). */
    public void shutdown() {
        new ArrayList<>(links.keySet()).forEach(this::closeLink);
    }

    // ---- properties

    public ObservableList<HostItem> hosts() { return hostsView; }
    public ObservableList<HostGroup> groups() { return groupsView; }
    public ObservableList<InfoRow> facts() { return factsView; }
    public ObjectProperty<HostItem> selectedProperty() { return selected; }
    public HostItem selected() { return selected.get(); }
    public ReadOnlyStringProperty titleProperty() { return selection.title(); }
    public ReadOnlyStringProperty statusTextProperty() { return selection.status(); }
    public ReadOnlyStringProperty placeholderTitleProperty() { return selection.placeholderTitle(); }
    public ReadOnlyStringProperty placeholderDetailProperty() { return selection.placeholderDetail(); }
    public ReadOnlyBooleanProperty bannerVisibleProperty() { return selection.bannerVisible(); }
    public ReadOnlyStringProperty bannerTextProperty() { return selection.bannerText(); }
    public ReadOnlyStringProperty environmentProperty() { return selection.environment(); }
    public ReadOnlyStringProperty environmentColourProperty() { return selection.environmentColour(); }
    public ReadOnlyBooleanProperty canConnectProperty() { return canConnect.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canDisconnectProperty() { return canDisconnect.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasSelectionProperty() { return hasSelection.getReadOnlyProperty(); }
    public BooleanProperty darkThemeProperty() { return darkTheme; }
}
