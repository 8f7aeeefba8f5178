package io.pilothouse.core.workflows.upgrade;

/**
 * Whether a container's image has a newer version in its registry: the digest the container runs
 * and the one its tag points to there. {@code reason} says why it is UNKNOWN.
 */
public record UpdateCheck(String container, String image, String localDigest, String remoteDigest, Status status,
                          String reason) {

    public enum Status { UP_TO_DATE, UPDATE_AVAILABLE, UNKNOWN }

    public boolean updateAvailable() {
        return status == Status.UPDATE_AVAILABLE;
    }
}
