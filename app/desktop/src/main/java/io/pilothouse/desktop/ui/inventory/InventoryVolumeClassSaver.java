package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.model.VolumeClass;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Saves the user's volume classification through the host's inventory, which republishes the volume. */
public final class InventoryVolumeClassSaver implements VolumeClassSaver {

    private final HostInventory inventory;
    private final Duration timeout;

    public InventoryVolumeClassSaver(HostInventory inventory, Duration timeout) {
        this.inventory = inventory;
        this.timeout = timeout;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void classify(String volumeKey, Choice choice) {
        VolumeClass value = choice == Choice.REGENERABLE ? VolumeClass.REGENERABLE : VolumeClass.STATEFUL;
        try {
            inventory.saveVolumeClass(volumeKey, Optional.of(value)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("saving took longer than " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
