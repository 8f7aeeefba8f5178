package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.desktop.ui.updates.UpdateMark;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The inventory tables of one host: rows merged in place from the feed's batches (handed to the UI
 * executor, newest batch wins), one quick filter over all tabs, the selection, and the actions on it.
 */
public final class InventoryViewModel {

    private final RowFeed feed;
    private final ContainerActionFlow actions;
    private final VolumeClassSaver classifier;
    private final Executor io;
    private final Executor ui;

    private final RowTable<ContainerRow> containers = new RowTable<>("Containers");
    private final RowTable<ServiceRow> services = new RowTable<>("Services");
    private final RowTable<VolumeRow> volumes = new RowTable<>("Volumes");
    private final RowTable<NetworkRow> networks = new RowTable<>("Networks");
    private final RowTable<ImageRow> images = new RowTable<>("Images");
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<InventoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ContainerRow> selectedContainers = FXCollections.observableArrayList();
    private final ObjectProperty<java.util.Map<String, UpdateMark>> updates =
            new SimpleObjectProperty<>(this, "updates", java.util.Map.of());
    private final StringProperty updateStatus = new SimpleStringProperty(this, "updateStatus", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final AtomicReference<InventoryRows> pending = new AtomicReference<>();
    private AutoCloseable subscription;

    public InventoryViewModel(RowFeed feed, ContainerActionFlow actions, VolumeClassSaver classifier,
                              Executor io, Executor ui) {
        this.feed = feed;
        this.actions = actions;
        this.classifier = classifier;
        this.io = io;
        this.ui = ui;
        filterText.addListener((o, was, now) -> {
            QuickFilter f = new QuickFilter(now);
            tables().forEach(t -> t.filterProperty().set(f));
        });
    }

    /** Subscribes to the feed; batches arrive on any thread and are applied on the UI executor. */
    public void start() {
        if (subscription == null) {
            subscription = feed.subscribe(this::offer, notice -> ui.execute(() -> problem.set(notice)));
        }
    }

    /** Stops listening to the feed. */
    public void dispose() {
        AutoCloseable s = subscription;
        subscription = null;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                problem.set("The inventory feed did not close cleanly: " + e.getMessage());
            }
        }
    }

    private void offer(InventoryRows rows) {
        if (pending.getAndSet(rows) == null) {
            ui.execute(() -> apply(pending.getAndSet(null)));
        }
    }

    /** Merges one picture into the tables in place (UI thread). */
    public void apply(InventoryRows rows) {
        if (rows == null) {
            return;
        }
        containers.merge(rows.containers());
        services.merge(rows.services());
        volumes.merge(rows.volumes());
        networks.merge(rows.networks());
        images.merge(rows.images());
        InventoryRow current = selected.get();
        if (current != null) {
            RowEntry<?> e = tableOf(current).entry(current.key());
            selected.set(e == null ? null : e.row());
        }
        selectedContainers.replaceAll(c -> {
            RowEntry<ContainerRow> e = containers.entry(c.key());
            return e == null ? c : e.row();
        });
    }

    private RowTable<?> tableOf(InventoryRow row) {
        if (row instanceof ContainerRow) return containers;
        if (row instanceof ServiceRow) return services;
        if (row instanceof VolumeRow) return volumes;
        if (row instanceof NetworkRow) return networks;
        return images;
    }

    public boolean run(ContainerAction action) {
        return actions.run(action, selectedContainers.stream().map(ContainerTarget::of).toList());
    }

    /** Saves a named volume's classification off the JavaFX thread; a failure becomes the problem sentence. */
    public void classify(VolumeRow volume, VolumeClassSaver.Choice choice) {
        if (!canClassify(volume)) {
            return;
        }
        CompletableFuture.runAsync(() -> classifier.classify(volume.key(), choice), io)
                .whenComplete((ok, error) -> ui.execute(() -> problem.set(error == null ? ""
                        : "The classification of " + volume.name() + " was not saved: "
                          + (error.getCause() != null ? error.getCause().getMessage() : error.getMessage()))));
    }

    public boolean canClassify(VolumeRow volume) {
        return volume != null && volume.classifiable() && classifier.available();
    }

    public List<RowTable<?>> tables() {
        return List.of(containers, services, volumes, networks, images);
    }

    public RowTable<ContainerRow> containers() { return containers; }
    public RowTable<ServiceRow> services() { return services; }
    public RowTable<VolumeRow> volumes() { return volumes; }
    public RowTable<NetworkRow> networks() { return networks; }
    public RowTable<ImageRow> images() { return images; }
    public StringProperty filterTextProperty() { return filterText; }
    public ObjectProperty<InventoryRow> selectedProperty() { return selected; }
    public ObservableList<ContainerRow> selectedContainers() { return selectedContainers; }
    public ContainerActionFlow actions() { return actions; }

    /** Per container or service id, what the last check for newer images found (bound to the host's update checks). */
    public ObjectProperty<java.util.Map<String, UpdateMark>> updatesProperty() { return updates; }

    /** What the last check for newer images found in one line, or why it failed; empty before the first. */
    public StringProperty updateStatusProperty() { return updateStatus; }

    /** Whether the last check found a newer image for this container or service. */
    public boolean hasUpdate(InventoryRow row) {
        java.util.Map<String, UpdateMark> marks = updates.get();
        return row != null && marks != null && marks.getOrDefault(row.key(), UpdateMark.NONE).updateAvailable();
    }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
