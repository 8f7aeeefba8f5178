package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Volume;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived containers that give the archive endpoint a path into a volume. They are created from
 * an image already on the host (nothing is pulled), labelled as ours, and removed when done.
 */
public final class HelperContainers {

    /** Where a helper mounts the volume. */
    public static final String MOUNT = "/pilothouse-volume";

    private final DockerClient docker;

    public HelperContainers(DockerClient docker) {
        this.docker = docker;
    }

    /** The image of a user of the volume when there is one, else any tagged image on the host. */
    public String pickImage(List<VolumeUser> users, Optional<String> preferred) {
        if (preferred.isPresent()) {
            return preferred.get();
        }
        for (VolumeUser u : users) {
            if (u.imageDigest() != null && !u.imageDigest().isBlank()) {
                return u.imageDigest();
            }
        }
        for (Image i : docker.listImagesCmd().exec()) {
            if (i.getRepoTags() != null && i.getRepoTags().length > 0 && !i.getRepoTags()[0].startsWith("<none>")) {
                return i.getId();
            }
        }
        throw new IllegalStateException("There is no image on the host to create a helper container from;"
                + " load any image (docker load) and try again.");
    }

    /** Creates (never starts) a container mounting {@code volume} at {@link #MOUNT}. */
    public String createIdle(String image, String volume, Map<String, String> labels) {
        return create(image, volume, labels, List.of("/pilothouse-never-started"));
    }

    /** Creates a container that runs {@code sh -c script} with the volume mounted, to be started. */
    public String createShell(String image, String volume, Map<String, String> labels, String script) {
        return create(image, volume, labels, List.of("sh", "-c", script));
    }

    private String create(String image, String volume, Map<String, String> labels, List<String> entrypoint) {
        Map<String, String> all = new HashMap<>(labels);
        all.put("io.pilothouse.managed", "true");
        all.put("io.pilothouse.role", "volume-helper");
        return docker.createContainerCmd(image)
                .withEntrypoint(entrypoint)
                .withCmd(List.of())
                .withLabels(all)
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withBinds(new Bind(volume, new Volume(MOUNT))))
                .exec().getId();
    }

    public void remove(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).exec();
        } catch (com.github.dockerjava.api.exception.NotFoundException ignored) {
            // already gone
        }
    }
}
