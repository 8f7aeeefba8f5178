package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The topology of one host, ready to be placed (a tab of the main window): the loaded view bound
 * to its view model, subscribed to the host's inventory. Call {@link #dispose()} when it closes.
 */
public final class TopologyPane {

    private final Parent root;
    private final TopologyView view;
    private final TopologyViewModel viewModel;

    private TopologyPane(Parent root, TopologyView view, TopologyViewModel viewModel) {
        this.root = root;
        this.view = view;
        this.viewModel = viewModel;
    }

    /** On the JavaFX thread: layout runs on {@code background}, updates reach the view through {@code ui}. */
    public static TopologyPane create(InventoryFeed feed, Executor background, Executor ui) {
        LoadedView<TopologyView> loaded = ViewLoader.load(TopologyView.class, "Topology.fxml");
        TopologyViewModel vm = new TopologyViewModel(feed, background, ui);
        loaded.controller().bind(vm);
        vm.start();
        return new TopologyPane(loaded.root(), loaded.controller(), vm);
    }

    public Parent node() {
        return root;
    }

    public TopologyViewModel viewModel() {
        return viewModel;
    }

    public TopologyCanvas canvas() {
        return view.canvas();
    }

    /** The selected node, for a status bar or the actions of the main window. */
    public ReadOnlyObjectProperty<GraphNode> selectedProperty() {
        return viewModel.selectedProperty();
    }

    /** Called with a container's or service's engine id on a double click. */
    public void onOpenDetails(Consumer<String> consumer) {
        viewModel.onOpenDetails(consumer);
    }

    /** The host's tools in the graph's context menu. */
    public void setTools(java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools) {
        view.setTools(tools);
    }

    public void dispose() {
        viewModel.dispose();
    }
}
