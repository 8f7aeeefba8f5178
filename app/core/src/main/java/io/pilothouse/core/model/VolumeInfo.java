package io.pilothouse.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A volume, bind mount or tmpfs, as a thing containers use.
 *
 * @param key            the key {@link MountRef#volumeKey()} refers to (volume name; "bind:/path"; "tmpfs:id:/dest")
 * @param name           the volume name, or the host path for a bind, or the destination for a tmpfs
 * @param source         the mountpoint on the host (volumes), the host path (bind), empty (tmpfs)
 * @param userIds        ids of the containers that mount it (running or not)
 */
public record VolumeInfo(String key, String name, VolumeKind kind, String driver, String source,
                         Map<String, String> labels, Optional<StackRef> stack, List<String> userIds,
                         VolumeClassification classification, Optional<Instant> created) {

    public VolumeInfo {
        Objects.requireNonNull(key, "key");
        name = name == null ? "" : name;
        Objects.requireNonNull(kind, "kind");
        driver = driver == null ? "" : driver;
        source = source == null ? "" : source;
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        stack = Objects.requireNonNullElse(stack, Optional.empty());
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        Objects.requireNonNull(classification, "classification");
        created = Objects.requireNonNullElse(created, Optional.empty());
    }

    public VolumeInfo withUsers(List<String> users) {
        return new VolumeInfo(key, name, kind, driver, source, labels, stack, users, classification, created);
    }

    public VolumeInfo withClassification(VolumeClassification c) {
        return new VolumeInfo(key, name, kind, driver, source, labels, stack, userIds, c, created);
    }
}
