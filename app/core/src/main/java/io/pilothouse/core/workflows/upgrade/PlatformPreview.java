package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.Plan;

import java.util.List;

/** A whole platform's upgrade before it runs: the plan, the mode, and each service in the order it is upgraded. */
public record PlatformPreview(Plan plan, String platform, PlatformMode mode, List<PlatformMember> members) {

    public PlatformPreview {
        members = List.copyOf(members);
    }
}
