package io.pilothouse.desktop.ui.plan;

/** Where the wizard is: showing the plan, running it, cancelling (undo running), or ended. */
public enum PlanWizardState {
    PREVIEW, RUNNING, CANCELLING, ENDED
}
