package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.model.InventoryFeed;
import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.SnapshotUpdateFinder;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.RegistryDigests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The check over the core: the inventory's current snapshot gives what runs and the local digests
 * (no engine call), the registries are asked over HTTP with {@code timeout} per request, with the
 * logins of the Docker config read afresh at each check.
 */
public final class CoreUpdateSource implements UpdateSource {

    private final InventoryFeed inventory;
    private final Path dockerConfigJson;
    private final Duration timeout;

    public CoreUpdateSource(InventoryFeed inventory, Path dockerConfigJson, Duration timeout) {
        this.inventory = inventory;
        this.dockerConfigJson = dockerConfigJson;
        this.timeout = timeout;
    }

    @Override
    public List<ImageUpdate> check() throws InterruptedException {
        RegistryDigests registry = new RegistryDigests(RegistryCredentials.from(dockerConfigJson), timeout);
        return new SnapshotUpdateFinder(registry::digest, Clock.systemUTC()).check(inventory.current());
    }
}
