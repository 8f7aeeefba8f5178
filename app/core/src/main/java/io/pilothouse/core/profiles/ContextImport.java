package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.util.List;

/** What importing the Docker CLI's contexts did: the hosts added and the contexts left out, with why. */
public record ContextImport(List<HostProfile> imported, List<SkippedContext> skipped) {

    public ContextImport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }
}
