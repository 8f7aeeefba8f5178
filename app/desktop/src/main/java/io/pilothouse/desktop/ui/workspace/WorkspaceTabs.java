package io.pilothouse.desktop.ui.workspace;

import io.pilothouse.core.host.HostStatus;
import io.pilothouse.desktop.ui.hosts.HostItem;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.Optional;

/**
 * Fills the Topology, Inventory and Details tabs with the selected host's workspace while it is
 * connected, and with a short sentence otherwise. Follows the selection and the host's state.
 */
public final class WorkspaceTabs implements ToolTabs {

    private final TabPane tabs;
    private final Tab topology;
    private final Tab inventory;
    private final Tab details;
    private final HostWorkspaces workspaces;
    private final ChangeListener<HostStatus> onStatus = (o, was, now) -> refresh();
    private HostItem shown;

    public WorkspaceTabs(TabPane tabs, Tab topology, Tab inventory, Tab details, HostWorkspaces workspaces,
                         ObservableValue<HostItem> selection) {
        this.tabs = tabs;
        this.topology = topology;
        this.inventory = inventory;
        this.details = details;
        this.workspaces = workspaces;
        selection.addListener((o, was, now) -> follow(now));
        follow(selection.getValue());
    }

    private void follow(HostItem item) {
        if (shown != null) {
            shown.statusProperty().removeListener(onStatus);
        }
        shown = item;
        if (item != null) {
            item.statusProperty().addListener(onStatus);
        }
        refresh();
    }

    private void refresh() {
        HostItem item = shown;
        if (item != null && item.status().state() != HostStatus.State.CONNECTED
                && item.status().state() != HostStatus.State.CONNECTING) {
            // gone for good or for a while: its views are rebuilt on the next session
            workspaces.close(item.id());
        }
        Optional<HostWorkspace> workspace = item == null || item.status().state() != HostStatus.State.CONNECTED
                ? Optional.empty() : workspaces.open(item.profile());
        if (workspace.isPresent()) {
            HostWorkspace w = workspace.get();
            set(topology, w.topology());
            set(inventory, w.inventory());
            set(details, w.details());
        } else {
            String sentence = item == null ? "Select a host on the left."
                    : item.name() + " is not connected: " + item.stateLabelProperty().get().toLowerCase() + ".";
            for (Tab tab : new Tab[] {topology, inventory, details}) {
                Label label = new Label(sentence);
                label.getStyleClass().add("text-muted");
                DeferredTabContent.set(tab, label);
            }
        }
    }

    private static void set(Tab tab, Node content) {
        if (DeferredTabContent.of(tab) != content) {
            DeferredTabContent.set(tab, content);
        }
    }

    @Override
    public void open(ToolTab tool) {
        Tab tab = new Tab(tool.title(), tool.content());
        tab.setClosable(true);
        tab.getStyleClass().add("tool-tab");
        Label chip = new Label(tool.host().environment().name());
        chip.getStyleClass().add("tool-tab-environment");
        chip.setStyle("-fx-background-color: " + tool.host().environment().colour() + ";");
        tab.setGraphic(chip);
        tab.setTooltip(new javafx.scene.control.Tooltip(tool.title() + " on " + tool.host().name()
                + " (" + tool.host().environment().name() + ")"));
        tab.setOnClosed(e -> tool.dispose().run());
        tab.setUserData(tool);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    @Override
    public void closeAll() {
        for (Tab tab : java.util.List.copyOf(tabs.getTabs())) {
            if (tab.getUserData() instanceof ToolTab tool) {
                tabs.getTabs().remove(tab);
                tool.dispose().run();
            }
        }
    }

    /** The tools on the shown host itself while it is connected (a host shell on an SSH host), with the host as their target. */
    public java.util.List<HostToolItem> hostTools() {
        HostItem item = shown;
        if (item == null || item.status().state() != HostStatus.State.CONNECTED) {
            return java.util.List.of();
        }
        Target host = new Target(item.id(), item.name(), TargetKind.HOST);
        return workspaces.open(item.profile()).map(HostWorkspace::hostTools).orElse(java.util.List.of()).stream()
                .filter(t -> t.accepts(java.util.List.of(host))).map(t -> new HostToolItem(t, host)).toList();
    }

    /** Brings the details tab forward, for a double click in the topology or the inventory. */
    public void showDetails() {
        tabs.getSelectionModel().select(details);
    }
}
