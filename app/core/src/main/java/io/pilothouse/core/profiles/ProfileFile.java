package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.util.List;

/** The shape of profiles.json. */
record ProfileFile(int schemaVersion, List<HostProfile> profiles) {
}
