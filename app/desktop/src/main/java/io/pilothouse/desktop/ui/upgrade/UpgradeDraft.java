package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.ops.Plan;

import java.util.List;

/** An upgrade's plan before it runs and the configuration difference a person reads. */
public record UpgradeDraft(Plan plan, List<String> differenceLines) {

    public UpgradeDraft {
        differenceLines = List.copyOf(differenceLines);
    }
}
