package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.containers.ContainerActions;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.stage.Window;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The inventory of one host, ready to be placed (as a tab of the main window, say): its node, the
 * selected row, a hook for "open details", and {@link #dispose()} when the host's tab closes.
 */
public final class InventoryPane {

    private final Parent root;
    private final InventoryView view;
    private final InventoryViewModel vm;
    private Consumer<InventoryRow> onOpenDetails = row -> { };

    private InventoryPane(LoadedView<InventoryView> loaded, InventoryViewModel vm) {
        this.root = loaded.root();
        this.view = loaded.controller();
        this.vm = vm;
        view.bind(vm, row -> onOpenDetails.accept(row));
    }

    /**
     * Builds the pane and subscribes to the feed. Actions are confirmed through the production guard on
     * production hosts (a plain confirmation for destructive ones elsewhere) and run on {@code io};
     * the feed's batches and results come back on {@code ui} (e.g. {@code Platform::runLater}).
     */
    public static InventoryPane create(HostProfile host, RowFeed feed, ContainerActionPort actions,
                                       VolumeClassSaver classifier, ConfirmationRule guard, Executor io, Executor ui) {
        LoadedView<InventoryView> loaded = ViewLoader.load(InventoryView.class, "Inventory.fxml");
        Supplier<Window> owner = () -> loaded.root().getScene() == null ? null : loaded.root().getScene().getWindow();
        ContainerActionFlow flow = new ContainerActionFlow(host, guard, new DialogActionConfirmer(owner, guard), actions, io, ui);
        InventoryViewModel vm = new InventoryViewModel(feed, flow, classifier, io, ui);
        InventoryPane pane = new InventoryPane(loaded, vm);
        vm.start();
        return pane;
    }

    /**
     * The pane over the core: rows from the host's live inventory, actions through {@link ContainerActions}
     * (guarded again and journaled there), volume choices saved through the inventory.
     */
    public static InventoryPane forHost(HostProfile host, HostInventory inventory, ContainerActions actions,
                                        ConfirmationRule guard, Executor io, Executor ui) {
        return create(host, new ModelRowFeed(inventory), new CoreContainerActionPort(actions),
                new InventoryVolumeClassSaver(inventory, Duration.ofSeconds(15)), guard, io, ui);
    }

    public Parent node() {
        return root;
    }

    /** The row last selected in the visible tab (a container, service, volume, network or image), or null. */
    public ReadOnlyObjectProperty<InventoryRow> selectionProperty() {
        return vm.selectedProperty();
    }

    /** Called with the row the user opens (double click, Enter, Details): containers and services. */
    public void setOnOpenDetails(Consumer<InventoryRow> hook) {
        this.onOpenDetails = hook == null ? row -> { } : hook;
    }

    /** The host's tools in the context menus (logs, shells). */
    public void setTools(java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools) {
        view.setTools(tools);
    }

    public InventoryViewModel viewModel() {
        return vm;
    }

    public InventoryView view() {
        return view;
    }

    public void dispose() {
        vm.dispose();
    }
}
