package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.StackRef;
import io.pilothouse.core.model.VolumeInfo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Turns the core's inventory snapshot into the rows of the five tables. */
public final class SnapshotRows {

    private SnapshotRows() {
    }

    public static InventoryRows of(InventorySnapshot s) {
        Map<String, ContainerInfo> byId = s.containers();
        List<ContainerRow> containers = byId.values().stream().map(SnapshotRows::container).toList();
        List<ServiceRow> services = s.services().values().stream().map(v -> new ServiceRow(v.id(), v.name(), v.image(),
                v.stack().orElse(""), lower(v.mode().name()), (int) v.runningReplicas(), (int) v.desiredReplicas(),
                ports(v.ports()))).toList();
        List<VolumeRow> volumes = s.volumes().values().stream().map(v -> volume(v, byId)).toList();
        List<NetworkRow> networks = s.networks().values().stream().map(n -> new NetworkRow(n.id(), n.name(), n.driver(),
                n.scope(), stack(n.stack()), s.attachedTo(n.id()).stream().map(ContainerInfo::name).sorted().toList())).toList();
        List<ImageRow> images = s.images().values().stream().map(i -> new ImageRow(i.id(),
                i.repoTags().stream().filter(t -> !t.equals("<none>:<none>")).toList(), i.sizeBytes(), i.created(),
                (int) byId.values().stream().filter(c -> c.imageId().equals(i.id())).count())).toList();
        return new InventoryRows(containers, services, volumes, networks, images);
    }

    static ContainerRow container(ContainerInfo c) {
        return new ContainerRow(c.id(), c.name(), c.image(), stack(c.stack()), lower(c.state().name()),
                c.health() == HealthStatus.NONE ? "" : lower(c.health().name()), ports(c.ports()), c.restartCount(),
                c.exitCode().orElse(null), c.startedAt().orElse(null), maintenance(c), maintainedBy(c));
    }

    /** One line per holder of maintenance locks in the container, in this machine's time zone. */
    static String maintenance(ContainerInfo c) {
        return c.holds().stream().map(h -> h.sentence(java.time.ZoneId.systemDefault()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** "alice since 10:42:03", several holders joined by commas. */
    static String maintainedBy(ContainerInfo c) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault());
        return c.holds().stream().map(h -> h.who() + h.since().map(s -> " since " + time.format(s)).orElse(""))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static VolumeRow volume(VolumeInfo v, Map<String, ContainerInfo> containers) {
        List<String> users = v.userIds().stream().map(containers::get).filter(Objects::nonNull)
                .map(ContainerInfo::name).sorted().toList();
        return new VolumeRow(v.key(), v.name(), lower(v.kind().name()), stack(v.stack()),
                lower(v.classification().value().name()), v.classification().reason(), users);
    }

    private static List<String> ports(List<PortBinding> ports) {
        return ports.stream().filter(PortBinding::isPublished).map(PortBinding::display).distinct().toList();
    }

    private static String stack(Optional<StackRef> stack) {
        return stack.map(StackRef::name).orElse("");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
