package io.pilothouse.core.workflows.scale;

import io.pilothouse.core.ops.Plan;

import java.util.List;

/** A scale plan with what a person should read before running it (quorum warnings, a global service's nodes). */
public record ScalePreview(Plan plan, List<String> warnings) {

    public ScalePreview {
        warnings = List.copyOf(warnings);
    }
}
