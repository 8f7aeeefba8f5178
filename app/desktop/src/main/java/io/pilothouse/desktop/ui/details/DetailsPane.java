package io.pilothouse.desktop.ui.details;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import io.pilothouse.desktop.ui.inventory.ContainerRow;
import io.pilothouse.desktop.ui.inventory.InventoryRow;
import io.pilothouse.desktop.ui.inventory.ServiceRow;
import javafx.scene.Parent;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The details of a container or service, ready to be placed (a tab of the main window, say):
 * {@link #show(InventoryRow)} what the inventory opened, {@link #dispose()} when the tab closes
 * (it cancels the stats stream).
 */
public final class DetailsPane {

    /** How long an inspect may take before the pane says the engine did not answer. */
    public static final Duration INSPECT_TIMEOUT = Duration.ofSeconds(15);

    private final Parent root;
    private final DetailsView view;
    private final DetailsViewModel vm;
    private Runnable onDispose = () -> { };

    private DetailsPane(LoadedView<DetailsView> loaded, DetailsViewModel vm) {
        this.root = loaded.root();
        this.view = loaded.controller();
        this.vm = vm;
        view.bind(vm);
    }

    /** {@code io} runs the inspects, {@code ui} (e.g. {@code Platform::runLater}) takes results and samples to the screen. */
    public static DetailsPane create(DetailsSource source, Executor io, Executor ui) {
        LoadedView<DetailsView> loaded = ViewLoader.load(DetailsView.class, "Details.fxml");
        return new DetailsPane(loaded, new DetailsViewModel(source, io, ui, INSPECT_TIMEOUT));
    }

    /** The pane over a connected host: inspects and stats through its docker client. */
    public static DetailsPane forSession(HostSession session, Executor io, Executor ui) {
        DockerDetailsSource source = new DockerDetailsSource(session.docker(), INSPECT_TIMEOUT);
        DetailsPane pane = create(source, io, ui);
        pane.onDispose = source::close;
        return pane;
    }

    /** Shows a container or a service; other rows are ignored (false). */
    public boolean show(InventoryRow row) {
        if (row instanceof ContainerRow c) {
            vm.showContainer(c.id(), c.name());
            return true;
        }
        if (row instanceof ServiceRow s) {
            vm.showService(s.id(), s.name());
            return true;
        }
        return false;
    }

    /** Buttons for the host's tools (logs, shell) that act on what is shown. */
    public void setTools(java.util.List<io.pilothouse.desktop.ui.workspace.TargetTool> tools) {
        view.setTools(tools, vm);
    }

    public Parent node() {
        return root;
    }

    public DetailsViewModel viewModel() {
        return vm;
    }

    public DetailsView view() {
        return view;
    }

    public void dispose() {
        vm.dispose();
        onDispose.run();
    }
}
