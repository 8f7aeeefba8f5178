package io.pilothouse.desktop.wiring;

import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.desktop.ui.details.DetailsPane;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.inventory.InventoryRow;
import io.pilothouse.desktop.ui.inventory.RowEntry;
import io.pilothouse.desktop.ui.topology.TopologyPane;
import io.pilothouse.desktop.ui.workspace.HostWorkspace;
import javafx.scene.Node;

import java.util.stream.Stream;

/** One connected host's views and what feeds them; dispose() ends the event and stats streams. */
final class CoreHostWorkspace implements HostWorkspace {

    private final HostInventory inventory;
    private final ContainerActions actions;
    private final TopologyPane topology;
    private final InventoryPane tables;
    private final DetailsPane details;

    private final java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> hostTools;
    private final HostUpdateChecks updates;

    CoreHostWorkspace(HostInventory inventory, ContainerActions actions, TopologyPane topology, InventoryPane tables,
                      DetailsPane details, java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools,
                      HostUpdateChecks updates) {
        this.updates = updates;
        this.hostTools = tools.stream()
                .filter(t -> t.kinds().contains(io.pilothouse.desktop.ui.workspace.TargetKind.HOST)).toList();
        this.inventory = inventory;
        this.actions = actions;
        this.topology = topology;
        this.tables = tables;
        this.details = details;
    }

    @Override public Node topology() { return topology.node(); }
    @Override public Node inventory() { return tables.node(); }
    @Override public Node details() { return details.node(); }
    @Override public java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> hostTools() { return hostTools; }

    @Override
    public boolean openDetails(String id) {
        return Stream.concat(tables.viewModel().containers().all().stream(), tables.viewModel().services().all().stream())
                .map(RowEntry::row).map(InventoryRow.class::cast)
                .filter(row -> id.equals(row.key()))
                .findFirst().map(details::show).orElse(false);
    }

    @Override
    public void dispose() {
        updates.dispose();
        topology.dispose();
        tables.dispose();
        details.dispose();
        actions.close();
        inventory.close();
    }
}
