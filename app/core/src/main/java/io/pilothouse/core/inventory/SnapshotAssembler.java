package io.pilothouse.core.inventory;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.NodeInfo;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a snapshot from what the engine reported: adds the bind mounts and tmpfs the containers
 * use as volumes of their own, classifies every volume, counts service replicas from tasks.
 */
public final class SnapshotAssembler {

    private final VolumeClassifier classifier = new VolumeClassifier();

    public InventorySnapshot assemble(String host, Instant at, boolean swarmManager,
                                      Collection<ContainerInfo> containers, Collection<ServiceInfo> services,
                                      Collection<TaskInfo> tasks, Collection<NodeInfo> nodes,
                                      Collection<NetworkInfo> networks, Collection<VolumeInfo> engineVolumes,
                                      Collection<ImageInfo> images, Map<String, VolumeClass> choices) {
        Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
        for (VolumeInfo v : engineVolumes) {
            volumes.put(v.key(), v);
        }
        Map<String, List<String>> userLabels = new LinkedHashMap<>();
        for (ContainerInfo c : containers) {
            String backup = c.labels().get(VolumeClassifier.BACKUP_LABEL);
            for (MountRef m : c.mounts()) {
                if (backup != null) {
                    userLabels.computeIfAbsent(m.volumeKey(), k -> new ArrayList<>()).add(backup);
                }
                if (!volumes.containsKey(m.volumeKey())) {
                    volumes.put(m.volumeKey(), synthesize(c, m));
                }
            }
        }
        List<VolumeInfo> classified = new ArrayList<>(volumes.size());
        for (VolumeInfo v : volumes.values()) {
            classified.add(v.withClassification(classifier.classify(v.kind(), v.labels(),
                    userLabels.getOrDefault(v.key(), List.of()), Optional.ofNullable(choices.get(v.key())))));
        }
        List<ServiceInfo> counted = new ArrayList<>(services.size());
        for (ServiceInfo s : services) {
            long running = tasks.stream().filter(t -> t.serviceId().equals(s.id()) && t.isRunning()).count();
            long desired = s.mode() == ServiceMode.GLOBAL
                    ? tasks.stream().filter(t -> t.serviceId().equals(s.id()) && "running".equals(t.desiredState())).count()
                    : s.desiredReplicas();
            counted.add(new ServiceInfo(s.id(), s.name(), s.image(), s.mode(), desired, running, s.stack(),
                    s.networkIds(), s.ports(), s.labels(), s.createdAt(), s.updatedAt(), s.imageDigest()));
        }
        return new InventorySnapshot(host, at, swarmManager, containers, counted, tasks, nodes, networks, classified, images);
    }

    /** A bind mount, a tmpfs, or a volume the engine's list did not (yet) show. */
    private static VolumeInfo synthesize(ContainerInfo c, MountRef m) {
        String name = switch (m.kind()) {
            case BIND -> m.source();
            case TMPFS -> m.destination();
            case NAMED, ANONYMOUS -> m.volumeKey();
        };
        return new VolumeInfo(m.volumeKey(), name, m.kind(), m.kind() == VolumeKind.BIND ? "bind" : m.kind() == VolumeKind.TMPFS ? "tmpfs" : "local",
                m.source(), Map.of(), m.kind() == VolumeKind.TMPFS ? c.stack() : Optional.empty(), List.of(),
                EngineMapper.UNCLASSIFIED, Optional.empty());
    }
}
