package io.pilothouse.desktop.wiring;

import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.desktop.ui.inventory.InventoryPane;
import io.pilothouse.desktop.ui.topology.TopologyPane;
import io.pilothouse.desktop.ui.updates.CoreUpdateSource;
import io.pilothouse.desktop.ui.updates.ImageTagWatch;
import io.pilothouse.desktop.ui.updates.UpdatesViewModel;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A connected host's checks for newer images: started by its inventory (after each full snapshot and
 * when a checked tag is pulled or tagged) and by "Check for updates" on the host; the marks go to its
 * tables and its topology.
 */
final class HostUpdateChecks {

    /** Each registry request's time limit. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** A whole check's time limit. */
    static final Duration CHECK_LIMIT = Duration.ofMinutes(2);

    static final HostUpdateChecks NONE = new HostUpdateChecks(null, null, null);

    private final InventoryFeed inventory;
    private final ImageTagWatch watch;
    private final UpdatesViewModel vm;

    private HostUpdateChecks(InventoryFeed inventory, ImageTagWatch watch, UpdatesViewModel vm) {
        this.inventory = inventory;
        this.watch = watch;
        this.vm = vm;
    }

    /** On the JavaFX thread: binds the marks to the views and checks at once when the inventory is already read. */
    static HostUpdateChecks start(InventoryFeed inventory, Path dockerConfigJson, InventoryPane tables, TopologyPane topology,
                                  Executor background, Executor ui) {
        UpdatesViewModel vm = new UpdatesViewModel(new CoreUpdateSource(inventory, dockerConfigJson, REQUEST_TIMEOUT),
                background, ui, CHECK_LIMIT, ZoneId.systemDefault());
        tables.viewModel().updatesProperty().bind(vm.marksProperty());
        tables.viewModel().updateStatusProperty().bind(vm.statusProperty());
        topology.viewModel().updatesProperty().bind(vm.badgesProperty());
        ImageTagWatch watch = new ImageTagWatch(vm, ui);
        inventory.addListener(watch);
        if (!inventory.current().takenAt().equals(Instant.EPOCH)) {
            vm.check();
        }
        return new HostUpdateChecks(inventory, watch, vm);
    }

    /** "Check for updates" on the host itself (the host list's menu). */
    Optional<TargetTool> tool() {
        return vm == null ? Optional.empty() : Optional.of(new TargetTool("check-updates", "Check for updates",
                "fth-refresh-cw", Set.of(TargetKind.HOST), false, targets -> vm.check()));
    }

    void dispose() {
        if (vm != null) {
            inventory.removeListener(watch);
            vm.dispose();
        }
    }
}
