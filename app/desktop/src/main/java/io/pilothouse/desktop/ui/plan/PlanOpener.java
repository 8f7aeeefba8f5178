package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.ops.Plan;

/**
 * Shows a plan a choosing page built, for preview, guard, run, progress and cancel: in the desktop
 * that is {@link PlanWizard}. Called on the JavaFX thread.
 */
@FunctionalInterface
public interface PlanOpener {

    void open(Plan plan);
}
