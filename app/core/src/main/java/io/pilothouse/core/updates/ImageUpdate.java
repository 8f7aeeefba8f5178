package io.pilothouse.core.updates;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of an update check for one container or service.
 *
 * @param targetId       the container's or service's engine id
 * @param targetName     its name
 * @param service        true for a swarm service, false for a container
 * @param image          the reference it runs, as it names it ({@code 127.0.0.1:25000/app:1})
 * @param localDigest    the registry digest of the image that runs, or null when it has none
 * @param registryDigest the registry's digest for the tag now, or null when not asked or not answered
 * @param reason         why the state is NOT_FROM_REGISTRY or COULD_NOT_CHECK (a sentence); empty otherwise
 * @param checkedAt      when the registry was asked (or the check decided it need not be)
 */
public record ImageUpdate(String targetId, String targetName, boolean service, String image, String localDigest,
                          String registryDigest, UpdateState state, String reason, Instant checkedAt) {

    public ImageUpdate {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checkedAt, "checkedAt");
        targetName = targetName == null ? "" : targetName;
        image = image == null ? "" : image;
        reason = reason == null ? "" : reason;
    }

    public boolean updateAvailable() {
        return state == UpdateState.UPDATE_AVAILABLE;
    }
}
