package io.pilothouse.core.workflows.backup;

import java.util.Map;

/**
 * A container that mounts a volume.
 *
 * @param imageDigest the image id (sha256:...) the container runs, or its repo digest when known
 */
public record VolumeUser(String id, String name, String image, String imageDigest, String state,
                         String mountPath, Map<String, String> labels) {

    public VolumeUser {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public boolean running() {
        return "running".equals(state);
    }

    public boolean paused() {
        return "paused".equals(state);
    }
}
