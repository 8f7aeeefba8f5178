package io.pilothouse.core.model;

import java.util.Objects;

/**
 * One mount of a container. {@code volumeKey} is the key of the {@link VolumeInfo} it refers to in
 * the snapshot: the volume name for named and anonymous volumes, "bind:" + host path for a bind,
 * "tmpfs:" + container id + ":" + destination for a tmpfs.
 */
public record MountRef(VolumeKind kind, String volumeKey, String source, String destination, boolean readOnly) {

    public MountRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(volumeKey, "volumeKey");
        source = source == null ? "" : source;
        destination = destination == null ? "" : destination;
    }

    public static String bindKey(String hostPath) {
        return "bind:" + hostPath;
    }

    public static String tmpfsKey(String containerId, String destination) {
        return "tmpfs:" + containerId + ":" + destination;
    }
}
