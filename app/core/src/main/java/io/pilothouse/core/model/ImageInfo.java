package io.pilothouse.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** An image in the engine's store. */
public record ImageInfo(String id, List<String> repoTags, List<String> repoDigests, long sizeBytes,
                        Instant created, Map<String, String> labels) {

    public ImageInfo {
        Objects.requireNonNull(id, "id");
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
        created = created == null ? Instant.EPOCH : created;
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** The first tag, or the short id when it has none ("dangling"). */
    public String displayName() {
        return repoTags.stream().filter(t -> !t.equals("<none>:<none>")).findFirst()
                .orElse(id.startsWith("sha256:") ? id.substring(7, Math.min(id.length(), 19)) : id);
    }
}
