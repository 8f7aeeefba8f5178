package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.util.Optional;

/**
 * What looking for the local engine found: the profile to add, if any, and a sentence saying what
 * was found or why nothing could be used.
 */
public record EngineDetection(Optional<HostProfile> profile, String note) {
}
