package io.pilothouse.desktop.wiring;

import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.desktop.ui.details.DetailsPane;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.inventory.CoreContainerActionPort;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.inventory.InventoryVolumeClassSaver;
import io.pilothouse.desktop.ui.inventory.ModelRowFeed;
import io.pilothouse.desktop.ui.topology.TopologyPane;
import io.pilothouse.desktop.ui.workspace.HostWorkspace;
import io.pilothouse.desktop.ui.workspace.HostWorkspaces;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTabs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The views of connected hosts over the core: one inventory following the host's event stream,
 * its topology, its tables with the container actions, and the details pane, per session.
 */
public final class CoreHostWorkspaces implements HostWorkspaces {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final CoreHostConnector connector;
    private final VolumeChoices choices;
    private final Journal journal;
    private final ConfirmationRule rule;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> onOpenDetails;
    private final List<HostTools> hostTools;
    private final ToolTabs toolTabs;
    private final Map<String, Opened> open = new HashMap<>();
    private java.nio.file.Path dockerConfigDir;

    public CoreHostWorkspaces(CoreHostConnector connector, VolumeChoices choices, Journal journal,
                              ConfirmationRule rule, Executor background, Executor ui, Consumer<String> onOpenDetails,
                              List<HostTools> hostTools, ToolTabs toolTabs) {
        this.hostTools = List.copyOf(hostTools);
        this.toolTabs = toolTabs;
        this.connector = connector;
        this.choices = choices;
        this.journal = journal;
        this.rule = rule;
        this.background = background;
        this.ui = ui;
        this.onOpenDetails = onOpenDetails;
    }

    /**
     * Each connected host is checked for newer images in the background once its inventory is read,
     * with the registry logins of {@code dockerConfigDir}/config.json; without this, no host is.
     */
    public void checkUpdatesWith(java.nio.file.Path dockerConfigDir) {
        this.dockerConfigDir = dockerConfigDir;
    }

    @Override
    public Optional<HostWorkspace> open(HostProfile host) {
        Optional<HostConnection> connection = connector.connection(host.id());
        Optional<HostSession> session = connection.flatMap(HostConnection::session);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Opened current = open.get(host.id());
        if (current != null && current.session == session.get()) {
            return Optional.of(current.workspace);
        }
        close(host.id());
        Opened fresh = new Opened(session.get(), build(host, connection.get(), session.get()));
        open.put(host.id(), fresh);
        return Optional.of(fresh.workspace);
    }

    @Override
    public void close(String hostId) {
        Opened gone = open.remove(hostId);
        if (gone != null) {
            gone.workspace.dispose();
        }
    }

    /** At exit: every workspace's streams end. */
    public void closeAll() {
        for (String id : List.copyOf(open.keySet())) {
            close(id);
        }
    }

    private HostWorkspace build(HostProfile host, HostConnection connection, HostSession session) {
        HostInventory inventory = HostInventory.follow(connection, choices, InventoryOptions.defaults());
        ContainerActions actions = new ContainerActions(session, journal, new ProductionGuard());
        TopologyPane topology = TopologyPane.create(inventory, background, ui);
        InventoryPane tables = InventoryPane.create(host, new ModelRowFeed(inventory), new CoreContainerActionPort(actions),
                new InventoryVolumeClassSaver(inventory, CALL_TIMEOUT), rule, background, ui);
        DetailsPane details = DetailsPane.forSession(session, background, ui);
        List<TargetTool> tools = new ArrayList<>();
        for (HostTools each : hostTools) {
            tools.addAll(each.tools(host, connection, session, toolTabs));
        }
        tables.setTools(tools);
        topology.setTools(tools);
        details.setTools(tools);
        HostUpdateChecks updates = dockerConfigDir == null ? HostUpdateChecks.NONE
                : HostUpdateChecks.start(inventory, dockerConfigDir.resolve("config.json"), tables, topology, background, ui);
        List<TargetTool> withChecks = new ArrayList<>(tools);
        updates.tool().ifPresent(withChecks::add);
        CoreHostWorkspace workspace = new CoreHostWorkspace(inventory, actions, topology, tables, details, withChecks, updates);
        tables.setOnOpenDetails(row -> {
            if (details.show(row)) {
                onOpenDetails.accept(host.id());
            }
        });
        topology.onOpenDetails(id -> {
            if (workspace.openDetails(id)) {
                onOpenDetails.accept(host.id());
            }
        });
        return workspace;
    }

    private record Opened(HostSession session, HostWorkspace workspace) {
    }
}
