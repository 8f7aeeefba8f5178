package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/** Everything the inventory tables show at one moment. */
public record InventoryRows(List<ContainerRow> containers, List<ServiceRow> services, List<VolumeRow> volumes,
                            List<NetworkRow> networks, List<ImageRow> images) {

    public static final InventoryRows EMPTY = new InventoryRows(List.of(), List.of(), List.of(), List.of(), List.of());

    public InventoryRows {
        containers = List.copyOf(containers);
        services = List.copyOf(services);
        volumes = List.copyOf(volumes);
        networks = List.copyOf(networks);
        images = List.copyOf(images);
    }
}
