package io.pilothouse.core.inventory;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.NetworkAttachmentConfig;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.NodeInfo;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps docker-java's answers onto the model's records. Pure: no calls to the engine. */
public final class EngineMapper {

    private static final Pattern EXITED = Pattern.compile("Exited \\((-?\\d+)\\)");
    private static final Pattern HEALTH_IN_STATUS = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");
    /** A placeholder until the snapshot classifies the volume with what its users say. */
    static final VolumeClassification UNCLASSIFIED =
            new VolumeClassification(VolumeClass.STATEFUL, ClassificationSource.DEFAULT, "");

    private EngineMapper() {
    }

    public static ContainerInfo container(InspectContainerResponse r) {
        Map<String, String> labels = r.getConfig() == null || r.getConfig().getLabels() == null
                ? Map.of() : r.getConfig().getLabels();
        var st = r.getState();
        ContainerState state = st == null ? ContainerState.DEAD : ContainerState.fromEngine(st.getStatus());
        HealthStatus health = st == null || st.getHealth() == null ? HealthStatus.NONE
                : HealthStatus.fromEngine(st.getHealth().getStatus());
        Optional<Instant> started = st == null ? Optional.empty() : time(st.getStartedAt());
        Optional<Instant> finished = st == null ? Optional.empty() : time(st.getFinishedAt());
        Optional<Integer> exit = st == null || st.getExitCodeLong() == null || finished.isEmpty()
                ? Optional.empty() : Optional.of(st.getExitCodeLong().intValue());
        List<PortBinding> ports = new ArrayList<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getPorts() != null) {
            for (Map.Entry<ExposedPort, Ports.Binding[]> e : r.getNetworkSettings().getPorts().getBindings().entrySet()) {
                ExposedPort p = e.getKey();
                String proto = p.getProtocol() == null ? "tcp" : p.getProtocol().toString();
                if (e.getValue() == null || e.getValue().length == 0) {
                    ports.add(PortBinding.exposed(p.getPort(), proto));
                } else {
                    for (Ports.Binding b : e.getValue()) {
                        Integer hostPort = parsePort(b.getHostPortSpec());
                        ports.add(hostPort == null ? PortBinding.exposed(p.getPort(), proto)
                                : PortBinding.published(b.getHostIp(), hostPort, p.getPort(), proto));
                    }
                }
            }
        }
        ports.sort(PORT_ORDER);
        List<NetworkAttachment> nets = new ArrayList<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getNetworks() != null) {
            r.getNetworkSettings().getNetworks().forEach((name, n) -> nets.add(attachment(name, n)));
        }
        List<MountRef> mounts = new ArrayList<>();
        if (r.getMounts() != null) {
            for (InspectContainerResponse.Mount m : r.getMounts()) {
                String dest = m.getDestination() == null ? "" : m.getDestination().getPath();
                mounts.add(mount(r.getId(), m.getName(), m.getSource(), dest, Boolean.FALSE.equals(m.getRW())));
            }
        }
        if (r.getHostConfig() != null && r.getHostConfig().getTmpFs() != null) {
            for (String dest : r.getHostConfig().getTmpFs().keySet()) {
                if (mounts.stream().noneMatch(m -> m.destination().equals(dest))) {
                    mounts.add(new MountRef(VolumeKind.TMPFS, MountRef.tmpfsKey(r.getId(), dest), "", dest, false));
                }
            }
        }
        mounts.sort(MOUNT_ORDER);
        String command = r.getPath() == null ? "" : (r.getPath() + (r.getArgs() == null || r.getArgs().length == 0 ? ""
                : " " + String.join(" ", r.getArgs())));
        return new ContainerInfo(r.getId(), r.getName(), r.getConfig() == null ? "" : r.getConfig().getImage(),
                r.getImageId(), command, state, describe(state, health, exit, started, finished),
                health, r.getRestartCount() == null ? 0 : r.getRestartCount(), exit,
                time(r.getCreated()).orElse(Instant.EPOCH), started, finished, ports, nets, mounts, labels,
                StackLabels.stackOf(labels), StackLabels.serviceOf(labels), StackLabels.maintenanceOf(labels), true);
    }

    /** From the list answer only: health and exit code read from the status text, no restart count. */
    public static ContainerInfo container(Container c) {
        Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
        ContainerState state = ContainerState.fromEngine(c.getState());
        String status = c.getStatus() == null ? "" : c.getStatus();
        HealthStatus health = HealthStatus.NONE;
        Matcher h = HEALTH_IN_STATUS.matcher(status);
        if (h.find()) {
            health = h.group(1).equals("health: starting") ? HealthStatus.STARTING : HealthStatus.fromEngine(h.group(1));
        }
        Matcher x = EXITED.matcher(status);
        Optional<Integer> exit = x.find() ? Optional.of(Integer.parseInt(x.group(1))) : Optional.empty();
        List<PortBinding> ports = new ArrayList<>();
        if (c.getPorts() != null) {
            for (ContainerPort p : c.getPorts()) {
                if (p.getPrivatePort() == null) {
                    continue;
                }
                ports.add(p.getPublicPort() == null ? PortBinding.exposed(p.getPrivatePort(), p.getType())
                        : PortBinding.published(p.getIp(), p.getPublicPort(), p.getPrivatePort(), p.getType()));
            }
        }
        ports.sort(PORT_ORDER);
        List<NetworkAttachment> nets = new ArrayList<>();
        if (c.getNetworkSettings() != null && c.getNetworkSettings().getNetworks() != null) {
            c.getNetworkSettings().getNetworks().forEach((name, n) -> nets.add(attachment(name, n)));
        }
        List<MountRef> mounts = new ArrayList<>();
        if (c.getMounts() != null) {
            for (ContainerMount m : c.getMounts()) {
                mounts.add(mount(c.getId(), m.getName(), m.getSource(), m.getDestination(), Boolean.FALSE.equals(m.getRw())));
            }
        }
        String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
        Instant created = c.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(c.getCreated());
        return new ContainerInfo(c.getId(), name, c.getImage(), c.getImageId(), c.getCommand(), state, status, health, 0,
                exit, created, Optional.empty(), Optional.empty(), ports, nets, mounts, labels,
                StackLabels.stackOf(labels), StackLabels.serviceOf(labels), StackLabels.maintenanceOf(labels), false);
    }

    static MountRef mount(String containerId, String name, String source, String destination, boolean readOnly) {
        VolumeKind kind = VolumeClassifier.kindOfMount(null, name, source);
        String key = switch (kind) {
            case NAMED, ANONYMOUS -> name;
            case BIND -> MountRef.bindKey(source);
            case TMPFS -> MountRef.tmpfsKey(containerId, destination);
        };
        return new MountRef(kind, key, source, destination, readOnly);
    }

    private static NetworkAttachment attachment(String name, ContainerNetwork n) {
        return new NetworkAttachment(name, n.getNetworkID(), n.getIpAddress(), n.getAliases());
    }

    /** The engine lists a container's mounts in no stable order: the model keeps them by destination. */
    static final java.util.Comparator<MountRef> MOUNT_ORDER = java.util.Comparator.comparing(MountRef::destination);

    static final java.util.Comparator<PortBinding> PORT_ORDER = java.util.Comparator
            .comparingInt(PortBinding::containerPort).thenComparing(PortBinding::protocol)
            .thenComparing(p -> p.hostIp().orElse("")).thenComparing(p -> p.hostPort().orElse(0));

    static String describe(ContainerState state, HealthStatus health, Optional<Integer> exit,
                                   Optional<Instant> started, Optional<Instant> finished) {
        String word = state.name().toLowerCase(Locale.ROOT);
        if (state == ContainerState.EXITED && exit.isPresent()) {
            word = "exited (" + exit.get() + ")";
        }
        return health == HealthStatus.NONE ? word : word + ", " + health.name().toLowerCase(Locale.ROOT);
    }

    public static NetworkInfo network(Network n) {
        Map<String, String> labels = n.getLabels() == null ? Map.of() : n.getLabels();
        boolean ingress = "ingress".equals(n.getName()) && "swarm".equals(n.getScope());
        return new NetworkInfo(n.getId(), n.getName(), n.getDriver(), n.getScope(), Boolean.TRUE.equals(n.getInternal()),
                Boolean.TRUE.equals(n.isAttachable()), ingress, StackLabels.stackOf(labels), labels, date(n.getCreated()));
    }

    /** An engine volume (named or anonymous), not yet classified. */
    public static VolumeInfo volume(InspectVolumeResponse v) {
        Map<String, String> labels = v.getLabels() == null ? Map.of() : v.getLabels();
        VolumeKind kind = VolumeClassifier.isAnonymousName(v.getName()) ? VolumeKind.ANONYMOUS : VolumeKind.NAMED;
        return new VolumeInfo(v.getName(), v.getName(), kind, v.getDriver(), v.getMountpoint(), labels,
                StackLabels.stackOf(labels), List.of(), UNCLASSIFIED, Optional.empty());
    }

    public static ImageInfo image(Image i) {
        return new ImageInfo(i.getId(), i.getRepoTags() == null ? List.of() : Arrays.asList(i.getRepoTags()),
                i.getRepoDigests() == null ? List.of() : Arrays.asList(i.getRepoDigests()),
                i.getSize() == null ? 0 : i.getSize(),
                i.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(i.getCreated()), i.getLabels());
    }

    /** A service; running replicas (and desired, for global services) are counted from tasks by the snapshot. */
    public static ServiceInfo service(Service s) {
        var spec = s.getSpec();
        Map<String, String> labels = spec == null || spec.getLabels() == null ? Map.of() : spec.getLabels();
        String image = spec == null || spec.getTaskTemplate() == null || spec.getTaskTemplate().getContainerSpec() == null
                ? "" : spec.getTaskTemplate().getContainerSpec().getImage();
        String digest = "";
        if (image != null && image.contains("@sha256:")) {
            digest = image.substring(image.indexOf("@sha256:") + 1);
            image = image.substring(0, image.indexOf("@sha256:"));
        }
        ServiceMode mode = ServiceMode.REPLICATED;
        long desired = 0;
        if (spec != null && spec.getMode() != null) {
            if (spec.getMode().getGlobal() != null) {
                mode = ServiceMode.GLOBAL;
            } else if (spec.getMode().getReplicated() != null) {
                desired = spec.getMode().getReplicated().getReplicas();
            }
        }
        List<String> nets = new ArrayList<>();
        List<NetworkAttachmentConfig> attach = spec == null ? null
                : spec.getTaskTemplate() != null && spec.getTaskTemplate().getNetworks() != null
                ? spec.getTaskTemplate().getNetworks() : spec.getNetworks();
        if (attach != null) {
            attach.forEach(a -> nets.add(a.getTarget()));
        }
        List<PortBinding> ports = new ArrayList<>();
        PortConfig[] pcs = s.getEndpoint() == null ? null : s.getEndpoint().getPorts();
        if (pcs == null && spec != null && spec.getEndpointSpec() != null && spec.getEndpointSpec().getPorts() != null) {
            pcs = spec.getEndpointSpec().getPorts().toArray(new PortConfig[0]);
        }
        if (pcs != null) {
            for (PortConfig p : pcs) {
                String proto = p.getProtocol() == null ? "tcp" : p.getProtocol().toString().toLowerCase(Locale.ROOT);
                ports.add(p.getPublishedPort() > 0 ? PortBinding.published(null, p.getPublishedPort(), p.getTargetPort(), proto)
                        : PortBinding.exposed(p.getTargetPort(), proto));
            }
        }
        return new ServiceInfo(s.getId(), spec == null ? s.getId() : spec.getName(), image, mode, desired, 0,
                Optional.ofNullable(labels.get(StackLabels.STACK_NAMESPACE)), nets, ports, labels,
                date(s.getCreatedAt()), date(s.getUpdatedAt()), digest);
    }

    public static TaskInfo task(Task t) {
        var st = t.getStatus();
        String state = st == null || st.getState() == null ? "" : st.getState().getValue();
        Optional<String> cid = st == null || st.getContainerStatus() == null
                ? Optional.empty() : Optional.ofNullable(st.getContainerStatus().getContainerID());
        Optional<Integer> exit = st == null || st.getContainerStatus() == null
                ? Optional.empty() : Optional.ofNullable(st.getContainerStatus().getExitCode());
        return new TaskInfo(t.getId(), t.getServiceId(), Optional.ofNullable(t.getSlot()), Optional.ofNullable(t.getNodeId()),
                state, t.getDesiredState() == null ? "" : t.getDesiredState().getValue(), cid,
                st == null ? "" : st.getMessage(), Optional.ofNullable(st == null ? null : st.getErr()), exit,
                time(t.getUpdatedAt()).orElse(Instant.EPOCH));
    }

    public static NodeInfo node(SwarmNode n) {
        String hostname = n.getDescription() == null ? "" : n.getDescription().getHostname();
        String role = n.getSpec() == null || n.getSpec().getRole() == null ? "" : n.getSpec().getRole().toString().toLowerCase(Locale.ROOT);
        String avail = n.getSpec() == null || n.getSpec().getAvailability() == null ? ""
                : n.getSpec().getAvailability().toString().toLowerCase(Locale.ROOT);
        String status = n.getStatus() == null || n.getStatus().getState() == null ? ""
                : n.getStatus().getState().toString().toLowerCase(Locale.ROOT);
        boolean leader = n.getManagerStatus() != null && n.getManagerStatus().isLeader();
        String engine = n.getDescription() == null || n.getDescription().getEngine() == null ? ""
                : n.getDescription().getEngine().getEngineVersion();
        return new NodeInfo(n.getId(), hostname, role, avail, status, leader, engine,
                n.getStatus() == null ? "" : n.getStatus().getAddress());
    }

    static Optional<Instant> time(String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Instant date(Date d) {
        return d == null ? Instant.EPOCH : d.toInstant();
    }

    static Integer parsePort(String spec) {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(spec.contains("-") ? spec.substring(0, spec.indexOf('-')) : spec);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
