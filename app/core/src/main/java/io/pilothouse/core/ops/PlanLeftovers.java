package io.pilothouse.core.ops;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.command.InspectVolumeResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds what plans created on a host by their labels ({@code io.pilothouse.managed=true},
 * {@code io.pilothouse.operation=<plan id>}): after a crash, or to check that a plan cleaned up.
 */
public final class PlanLeftovers {

    public static final String MANAGED = "io.pilothouse.managed";
    public static final String OPERATION = "io.pilothouse.operation";

    private final DockerClient docker;

    public PlanLeftovers(DockerClient docker) {
        this.docker = docker;
    }

    /** The labels every object a plan creates carries. */
    public static Map<String, String> labels(String planId) {
        return Map.of(MANAGED, "true", OPERATION, planId);
    }

    /** Containers, volumes and networks labelled with {@code planId}. */
    public List<Leftover> of(String planId) {
        return find(Map.of(OPERATION, planId));
    }

    /** Everything any plan created that still exists. */
    public List<Leftover> all() {
        return find(Map.of(MANAGED, "true"));
    }

    private List<Leftover> find(Map<String, String> labels) {
        List<Leftover> out = new ArrayList<>();
        for (Container c : docker.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec()) {
            String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0].replaceFirst("^/", "");
            out.add(new Leftover("container", name, c.getId(), c.getState()));
        }
        List<String> filter = labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        List<InspectVolumeResponse> volumes = docker.listVolumesCmd().withFilter("label", filter).exec().getVolumes();
        if (volumes != null) {
            for (InspectVolumeResponse v : volumes) {
                out.add(new Leftover("volume", v.getName(), v.getName(), ""));
            }
        }
        for (Network n : docker.listNetworksCmd().withFilter("label", filter).exec()) {
            out.add(new Leftover("network", n.getName(), n.getId(), ""));
        }
        return out;
    }
}
