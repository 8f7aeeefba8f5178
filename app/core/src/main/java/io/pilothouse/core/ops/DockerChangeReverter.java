package io.pilothouse.core.ops;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.SwarmNodeAvailability;
import com.github.dockerjava.api.model.SwarmNodeSpec;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceSpec;

import java.util.Arrays;
import java.util.List;

/**
 * Takes changes back on a Docker engine through docker-java. Each kind checks first whether there
 * is anything left to do, so taking back a change twice is harmless.
 */
public final class DockerChangeReverter implements HostChangeReverter {

    private static final ObjectMapper SPEC_MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DockerClient docker;

    public DockerChangeReverter(DockerClient docker) {
        this.docker = docker;
    }

    @Override
    public void takeBack(HostChange change) throws Exception {
        switch (change.kind()) {
            case STOPPED_CONTAINER -> start(change.target());
            case PAUSED_CONTAINER -> unpause(change.target());
            case RENAMED_CONTAINER -> renameBack(change);
            case CREATED_CONTAINER -> removeContainer(change.target());
            case CREATED_VOLUME -> removeVolume(change.target());
            case DISCONNECTED_NETWORK -> reconnect(change);
            case REMOVED_ALIASES -> giveAliasesBack(change);
            case SCALED_SERVICE -> scaleBack(change);
            case UPDATED_SERVICE -> rollBack(change);
            case NODE_AVAILABILITY -> setAvailabilityBack(change);
            default -> throw new IllegalStateException("Cannot take back " + change.kind());
        }
    }

    private void start(String container) {
        InspectContainerResponse c = docker.inspectContainerCmd(container).exec();
        InspectContainerResponse.ContainerState s = c.getState();
        if (Boolean.TRUE.equals(s.getPaused())) {
            docker.unpauseContainerCmd(container).exec();
        }
        if (!Boolean.TRUE.equals(s.getRunning()) || Boolean.TRUE.equals(s.getRestarting())) {
            try {
                docker.startContainerCmd(container).exec();
            } catch (NotModifiedException alreadyRunning) {
                // started meanwhile
            }
        }
    }

    private void unpause(String container) {
        InspectContainerResponse c = docker.inspectContainerCmd(container).exec();
        if (Boolean.TRUE.equals(c.getState().getPaused())) {
            docker.unpauseContainerCmd(container).exec();
        }
    }

    private void renameBack(HostChange change) {
        String from = change.details().get("from");
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("The rename of " + change.target() + " does not say its old name");
        }
        InspectContainerResponse c = docker.inspectContainerCmd(change.target()).exec();
        if (c.getName() != null && c.getName().replaceFirst("^/", "").equals(from)) {
            return;
        }
        docker.renameContainerCmd(change.target()).withName(from).exec();
    }

    private void removeContainer(String container) {
        try {
            docker.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            // already removed
        }
    }

    private void removeVolume(String volume) {
        try {
            docker.removeVolumeCmd(volume).exec();
        } catch (NotFoundException gone) {
            // already removed
        }
    }

    private void reconnect(HostChange change) {
        String network = change.details().get("network");
        if (network == null || network.isBlank()) {
            throw new IllegalStateException("The disconnect of " + change.target() + " does not say from which network");
        }
        InspectContainerResponse c = docker.inspectContainerCmd(change.target()).exec();
        if (c.getNetworkSettings() != null && c.getNetworkSettings().getNetworks() != null
                && c.getNetworkSettings().getNetworks().containsKey(network)) {
            return;
        }
        ContainerNetwork endpoint = new ContainerNetwork();
        String aliases = change.details().getOrDefault("aliases", "");
        if (!aliases.isBlank()) {
            List<String> list = Arrays.stream(aliases.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            endpoint.withAliases(list);
        }
        String ipv4 = change.details().get("ipv4");
        if (ipv4 != null && !ipv4.isBlank()) {
            endpoint.withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(ipv4));
        }
        docker.connectToNetworkCmd().withNetworkId(network).withContainerId(change.target())
                .withContainerNetwork(endpoint).exec();
    }

    private void giveAliasesBack(HostChange change) {
        String network = change.details().get("network");
        if (network == null || network.isBlank()) {
            throw new IllegalStateException("The alias change of " + change.target() + " does not say on which network");
        }
        List<String> aliases = Arrays.stream(change.details().getOrDefault("aliases", "").split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        InspectContainerResponse c = docker.inspectContainerCmd(change.target()).exec();
        ContainerNetwork now = c.getNetworkSettings() == null || c.getNetworkSettings().getNetworks() == null ? null
                : c.getNetworkSettings().getNetworks().get(network);
        if (now != null) {
            List<String> has = now.getAliases() == null ? List.of() : now.getAliases();
            if (has.containsAll(aliases)) {
                return;
            }
            docker.disconnectFromNetworkCmd().withNetworkId(network).withContainerId(change.target()).withForce(true).exec();
        }
        ContainerNetwork endpoint = new ContainerNetwork().withAliases(aliases);
        String ipv4 = change.details().get("ipv4");
        if (ipv4 != null && !ipv4.isBlank()) {
            try {
                docker.connectToNetworkCmd().withNetworkId(network).withContainerId(change.target())
                        .withContainerNetwork(new ContainerNetwork().withAliases(aliases)
                                .withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(ipv4))).exec();
                return;
            } catch (com.github.dockerjava.api.exception.DockerException addressRefused) {
                // the network takes no chosen address: connect with any
            }
        }
        docker.connectToNetworkCmd().withNetworkId(network).withContainerId(change.target())
                .withContainerNetwork(endpoint).exec();
    }

    private void scaleBack(HostChange change) {
        long replicas = Long.parseLong(change.details().getOrDefault("replicas", "-1"));
        if (replicas < 0) {
            throw new IllegalStateException("The scale of " + change.target() + " does not say the replicas before");
        }
        Service service = docker.inspectServiceCmd(change.target()).exec();
        ServiceSpec spec = service.getSpec();
        ServiceModeConfig mode = spec.getMode();
        if (mode == null || mode.getReplicated() == null) {
            throw new IllegalStateException("The service " + change.target() + " is not replicated any more");
        }
        if (mode.getReplicated().getReplicas() == replicas) {
            return;
        }
        spec.withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas((int) replicas)));
        docker.updateServiceCmd(service.getId(), spec).withVersion(service.getVersion().getIndex()).exec();
    }

    private void setAvailabilityBack(HostChange change) {
        String before = change.details().getOrDefault("availability", "");
        if (before.isBlank()) {
            throw new IllegalStateException("The availability change of node " + change.target() + " does not say what it was");
        }
        SwarmNode node = docker.listSwarmNodesCmd().withIdFilter(List.of(change.target())).exec().stream()
                .filter(n -> change.target().equals(n.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The node " + change.target() + " is not in the swarm any more"));
        SwarmNodeSpec spec = node.getSpec();
        SwarmNodeAvailability availability = SwarmNodeAvailability.valueOf(before.toUpperCase(java.util.Locale.ROOT));
        if (spec.getAvailability() == availability) {
            return;
        }
        docker.updateSwarmNodeCmd().withSwarmNodeId(change.target()).withVersion(node.getVersion().getIndex())
                .withSwarmNodeSpec(spec.withAvailability(availability)).exec();
    }

    private void rollBack(HostChange change) throws Exception {
        String before = change.details().get("spec");
        if (before == null || before.isBlank()) {
            throw new IllegalStateException("The update of service " + change.target()
                    + " does not hold its spec from before: roll it back with 'docker service rollback "
                    + change.target() + "'");
        }
        ServiceSpec spec = SPEC_MAPPER.readValue(before, ServiceSpec.class);
        Service service = docker.inspectServiceCmd(change.target()).exec();
        docker.updateServiceCmd(service.getId(), spec).withVersion(service.getVersion().getIndex()).exec();
    }
}
