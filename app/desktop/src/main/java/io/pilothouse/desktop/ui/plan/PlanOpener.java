package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanRequest;

/**
 * Shows a plan a choosing page built, for preview, guard, run, progress and cancel: in the desktop
 * that is {@link PlanWizard}. {@code request} (what the plan was built from) lets the plan be saved as a
 * plan file; called on the JavaFX thread.
 */
@FunctionalInterface
public interface PlanOpener {

    void open(Plan plan, PlanRequest request);
}
